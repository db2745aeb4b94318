package nl.onderwijsregio.workspace.analysis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocx;
import nl.onderwijsregio.workspace.analysis.document.AnalysisMarkdown;
import nl.onderwijsregio.workspace.analysis.document.AnalysisPdf;
import nl.onderwijsregio.workspace.tenancy.Handoff;

/** Writes a document in a format, named after region, edition and version. */
final class AnalysisFiles {

    private AnalysisFiles() {}

    static ExportFile write(AnalysisDocument document, ExportFormat format) {
        // rendering takes up to seconds: it must not hold a database connection and the locks of a transaction
        Handoff.requireNoTransaction("Rendering an analysis");
        byte[] content = switch (format) {
            case DOCX -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                AnalysisDocx.write(document, out);
                yield out.toByteArray();
            }
            case PDF -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                AnalysisPdf.write(document, out);
                yield out.toByteArray();
            }
            case MD -> AnalysisMarkdown.write(document).getBytes(StandardCharsets.UTF_8);
        };
        return new ExportFile(fileName(document, format), format.contentType(), content);
    }

    /** {@code arbeidsmarktanalyse-2026-noordkust-v2.docx}: letters and digits only, no accents, no spaces. */
    static String fileName(AnalysisDocument document, ExportFormat format) {
        return fileName(document.edition(), document.regionName(), document.version(), format);
    }

    static String fileName(String edition, String regionName, int version, ExportFormat format) {
        return slug(edition) + "-" + slug(regionName.replaceFirst("^Onderwijsregio ", "")) + "-v" + version + "."
                + format.extension();
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "analyse" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
