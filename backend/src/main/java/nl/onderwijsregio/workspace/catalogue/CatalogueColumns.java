package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.DATA_PARTNER;

import nl.onderwijsregio.workspace.catalogue.source.Access;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.StoredVocabulary;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The catalogue columns that hold the vocabulary or a code, typed: the generated classes only know text. The import
 * writes through these; search and maintenance keep the codes as text, like the facets and the URL do.
 */
final class CatalogueColumns {

    static final Field<Theme> THEME = CATALOGUE_ENTRY.THEME.convert(StoredVocabulary.THEME_BY_LABEL);
    static final Field<Access> ACCESS = CATALOGUE_ENTRY.ACCESS.convert(new EnumConverter<>(String.class, Access.class));
    static final Field<Sector[]> SECTORS = CATALOGUE_ENTRY.SECTORS.convert(StoredVocabulary.SECTORS);
    static final Field<Granularity[]> GRANULARITIES =
            CATALOGUE_ENTRY.GRANULARITIES.convert(new EnumConverter<>(String.class, Granularity.class).forArrays());
    static final Field<Access> PARTNER_ACCESS =
            DATA_PARTNER.ACCESS.convert(new EnumConverter<>(String.class, Access.class));

    private CatalogueColumns() {}
}
