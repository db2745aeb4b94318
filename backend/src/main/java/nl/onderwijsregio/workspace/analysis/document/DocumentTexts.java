package nl.onderwijsregio.workspace.analysis.document;

import java.util.List;
import java.util.Objects;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The fixed texts and the source-account columns (bundle {@code i18n/texts}, in the language of the person who asked
 * for the document), in one place so DOCX, PDF and Markdown say exactly the same.
 */
final class DocumentTexts {

    static String tableOfContents() {
        return fixed("analysis.document.contents");
    }

    static String notUsed() {
        return fixed("analysis.document.not-used");
    }

    static String allUsed() {
        return fixed("analysis.document.all-used");
    }

    static String noneUsedInTheme() {
        return fixed("analysis.document.none-used-in-theme");
    }

    static String noSources() {
        return fixed("analysis.document.no-sources");
    }

    static String page() {
        return fixed("analysis.document.page");
    }

    /** The columns of a theme's table of used sources. */
    static List<String> sourceColumns() {
        return List.of("source", "partner", "level", "access", "period", "holder", "agreement").stream()
                .map(c -> fixed("analysis.document.column." + c))
                .toList();
    }

    private DocumentTexts() {}

    /** "Versie 3 · Vastgesteld". */
    static String versionLine(AnalysisDocument doc) {
        return fixed("analysis.document.version", doc.version(), doc.status());
    }

    /** "Onderwijsregio X · Analyse 2026", for running headers and footers. */
    static String running(AnalysisDocument doc) {
        return doc.regionName() + " · " + doc.edition();
    }

    /** A source line's cells in the order of {@link #sourceColumns()}; what is unknown stays empty. */
    static List<String> cells(SourceLine line) {
        return List.of(
                line.title(),
                text(line.dataPartner()),
                text(line.level()),
                fixed(line.open() ? "analysis.document.open" : "analysis.document.closed"),
                text(line.period()),
                text(line.holder()),
                text(line.agreement()));
    }

    private static String text(@Nullable String value) {
        return Objects.requireNonNullElse(value, "");
    }

    /** A fixed text in the document's language (the person's who asked for it; Dutch without one). */
    private static String fixed(String key, Object... args) {
        return Texts.text(key, Texts.current(), args);
    }
}
