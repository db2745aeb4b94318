package nl.onderwijsregio.workspace.priorities;

import static nl.onderwijsregio.db.Tables.PRIORITY;

import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.StoredVocabulary;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Field;

/** The priority columns that hold the vocabulary or a code, typed: the generated classes only know text. */
final class PriorityColumns {

    static final Field<Theme> THEME = PRIORITY.THEME.convert(StoredVocabulary.THEME_BY_NAME);
    static final Field<SubTheme> SUB_THEME = PRIORITY.SUB_THEME.convert(StoredVocabulary.SUB_THEME_BY_NAME);
    static final Field<Sector[]> SECTORS = PRIORITY.SECTORS.convert(StoredVocabulary.SECTORS);

    private PriorityColumns() {
    }
}
