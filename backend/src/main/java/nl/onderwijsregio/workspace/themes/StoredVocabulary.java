package nl.onderwijsregio.workspace.themes;

import org.jooq.Converter;
import org.jooq.impl.EnumConverter;

/**
 * How the vocabulary is stored, as jOOQ converters for the repositories: themes and sub-themes by their Dutch name
 * where people's text was kept before (catalogue, findings) or by their code (priorities); sectors by their code in
 * text arrays. The generated schema classes only know text, so the repositories attach these to the columns.
 */
public final class StoredVocabulary {

    public static final Converter<String, Theme> THEME_BY_LABEL =
            new EnumConverter<>(String.class, Theme.class, Theme::label);
    public static final Converter<String, Theme> THEME_BY_NAME = new EnumConverter<>(String.class, Theme.class);
    public static final Converter<String, SubTheme> SUB_THEME_BY_LABEL =
            new EnumConverter<>(String.class, SubTheme.class, SubTheme::label);
    public static final Converter<String, SubTheme> SUB_THEME_BY_NAME =
            new EnumConverter<>(String.class, SubTheme.class);
    public static final Converter<String, Sector> SECTOR = new EnumConverter<>(String.class, Sector.class);
    public static final Converter<String[], Sector[]> SECTORS = SECTOR.forArrays();

    private StoredVocabulary() {}
}
