package nl.onderwijsregio.workspace.catalogue.source;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One catalogue row of the Handreiking, texts as in the document (wrapped lines joined, whitespace normalised).
 *
 * @param id             {@code e001}, {@code e002}, … in document order
 * @param theme          the theme heading, e.g. "Behouden"
 * @param subTheme       the sub-theme heading above the row's table, null when the theme has none
 * @param information    what (column "Informatie")
 * @param source         who holds it (column "Bron")
 * @param level          the level of detail as written (column "Niveau"), null when the document gives none
 * @param link           a well-known public base address for the source, else null
 * @param navigationHint the text of the column "Link" (e.g. "Link", "Link PO Link VO Link MBO",
 *                       "Link -> vacaturemarkt -> …", "Te vinden via gemeentewebsite"); null where it says "-"
 * @param sameAs         the id of the earlier, identical row under another theme, else null
 */
public record CuratedEntry(
        String id,
        String theme,
        @Nullable String subTheme,
        String information,
        String source,
        @Nullable String level,
        @Nullable String link,
        @Nullable String navigationHint,
        @Nullable String sameAs) {

    public CuratedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(source, "source");
    }
}
