package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING;
import static nl.onderwijsregio.db.Tables.FINDING_REVISION;

import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.StoredVocabulary;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The finding columns that hold the vocabulary or a code, typed: the generated classes only know text. Statements
 * take these fields as they are; fetched records are read through
 * {@link nl.onderwijsregio.workspace.database.TypedColumns}.
 */
final class FindingColumns {

    static final Field<FindingKind> KIND = FINDING.KIND.convert(new EnumConverter<>(String.class, FindingKind.class));
    static final Field<Visibility> VISIBILITY =
            FINDING.VISIBILITY.convert(new EnumConverter<>(String.class, Visibility.class));
    static final Field<Visibility> REVISION_VISIBILITY =
            FINDING_REVISION.VISIBILITY.convert(new EnumConverter<>(String.class, Visibility.class));

    static final Field<Theme> THEME = FINDING.THEME.convert(StoredVocabulary.THEME_BY_LABEL);
    static final Field<SubTheme> SUB_THEME = FINDING.SUB_THEME.convert(StoredVocabulary.SUB_THEME_BY_LABEL);
    static final Field<Sector[]> SECTORS = FINDING.SECTORS.convert(StoredVocabulary.SECTORS);

    private FindingColumns() {}
}
