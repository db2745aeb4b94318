package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING;

import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.StoredVocabulary;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Field;

/** The finding columns that hold the vocabulary or a code, typed: the generated classes only know text. */
final class FindingColumns {

    static final Field<Theme> THEME = FINDING.THEME.convert(StoredVocabulary.THEME_BY_LABEL);
    static final Field<SubTheme> SUB_THEME = FINDING.SUB_THEME.convert(StoredVocabulary.SUB_THEME_BY_LABEL);
    static final Field<Sector[]> SECTORS = FINDING.SECTORS.convert(StoredVocabulary.SECTORS);

    private FindingColumns() {
    }
}
