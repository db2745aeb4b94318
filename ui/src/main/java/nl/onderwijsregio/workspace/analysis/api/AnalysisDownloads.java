package nl.onderwijsregio.workspace.analysis.api;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.onderwijsregio.workspace.analysis.ExportFile;
import nl.onderwijsregio.workspace.analysis.ExportFormat;
import nl.onderwijsregio.workspace.messages.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * An analysis as a download in the request's language: the format by its name ({@code docx}, {@code pdf}, {@code md}),
 * else a 400 problem.
 */
final class AnalysisDownloads {

    private AnalysisDownloads() {}

    static ResponseEntity<?> download(String format, Function<ExportFormat, ExportFile> export) {
        Locale locale = Texts.current(); // the request's: Accept-Language (or the screen's cookie), else Dutch
        Optional<ExportFormat> chosen = ExportFormat.named(format);
        if (chosen.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, Texts.text("analysis.api.unknown-format", locale, format));
            problem.setTitle(Texts.text("problem.title.invalid", locale));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ExportFile file = export.apply(chosen.get());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
