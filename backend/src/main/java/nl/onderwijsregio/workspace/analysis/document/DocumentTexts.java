package nl.onderwijsregio.workspace.analysis.document;

import java.util.List;
import java.util.Objects;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import org.jspecify.annotations.Nullable;

/**
 * The fixed Dutch texts and the source-account columns, in one place so DOCX, PDF and Markdown say exactly the same.
 */
final class DocumentTexts {

    static final String TABLE_OF_CONTENTS = "Inhoudsopgave";
    static final String NOT_USED = "Niet gebruikt uit de Handreiking:";
    static final String ALL_USED = "Alle bronnen uit de Handreiking voor dit thema zijn gebruikt.";
    static final String NONE_USED_IN_THEME = "Voor dit thema zijn (nog) geen bronnen gebruikt.";
    static final String NO_SOURCES = "Er zijn (nog) geen bronnen gebruikt of aangehaald.";
    static final String PAGE = "Pagina ";
    static final String OPEN = "open";
    static final String CLOSED = "gesloten";

    /** The columns of a theme's table of used sources. */
    static final List<String> SOURCE_COLUMNS =
            List.of("Bron", "Datapartner", "Niveau", "Open/gesloten", "Periode", "Houder", "Overeenkomst");

    private DocumentTexts() {}

    /** "Versie 3 · Vastgesteld". */
    static String versionLine(AnalysisDocument doc) {
        return "Versie " + doc.version() + " · " + doc.status();
    }

    /** "Onderwijsregio X · Analyse 2026", for running headers and footers. */
    static String running(AnalysisDocument doc) {
        return doc.regionName() + " · " + doc.edition();
    }

    /** A source line's cells in the order of {@link #SOURCE_COLUMNS}; what is unknown stays empty. */
    static List<String> cells(SourceLine line) {
        return List.of(
                line.title(),
                text(line.dataPartner()),
                text(line.level()),
                line.open() ? OPEN : CLOSED,
                text(line.period()),
                text(line.holder()),
                text(line.agreement()));
    }

    private static String text(@Nullable String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
