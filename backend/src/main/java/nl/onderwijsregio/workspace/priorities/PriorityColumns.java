package nl.onderwijsregio.workspace.priorities;

import static nl.onderwijsregio.db.Tables.PRIORITY;

import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.StoredVocabulary;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The priority columns that hold the vocabulary or a code, typed: the generated classes only know text. Statements
 * take these fields as they are; fetched records are read through
 * {@link nl.onderwijsregio.workspace.database.TypedColumns}.
 */
final class PriorityColumns {

    static final Field<PriorityStatus> STATUS =
            PRIORITY.STATUS.convert(new EnumConverter<>(String.class, PriorityStatus.class));

    static final Field<Theme> THEME = PRIORITY.THEME.convert(StoredVocabulary.THEME_BY_NAME);
    static final Field<SubTheme> SUB_THEME = PRIORITY.SUB_THEME.convert(StoredVocabulary.SUB_THEME_BY_NAME);
    static final Field<Sector[]> SECTORS = PRIORITY.SECTORS.convert(StoredVocabulary.SECTORS);

    private PriorityColumns() {}
}
