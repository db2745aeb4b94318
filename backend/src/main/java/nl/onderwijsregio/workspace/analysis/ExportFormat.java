package nl.onderwijsregio.workspace.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The formats an analysis is delivered in. */
public enum ExportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
    PDF("pdf", "application/pdf", "PDF"),
    MD("md", "text/markdown;charset=UTF-8", "Markdown");

    private final String extension;
    private final String contentType;
    private final String label;

    ExportFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    /** The format named {@code docx}, {@code pdf} or {@code md} (any case). */
    public static Optional<ExportFormat> named(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String value = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(value)).findFirst();
    }
}
