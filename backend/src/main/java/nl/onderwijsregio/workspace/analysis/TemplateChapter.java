package nl.onderwijsregio.workspace.analysis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;

/** A chapter of the national template: new editions start with these chapters, in this order. */
public record TemplateChapter(
        @NotBlank(message = "{invalid.templateChapter.geef-hoofdstuk-titel}")
        @Size(max = 200, message = "{invalid.templateChapter.titel}")
        String title,

        @Size(max = 4000, message = "{invalid.templateChapter.toelichting}")
        String guidance,

        List<Theme> themes,
        List<SubTheme> subThemes,
        boolean generated) {

    public TemplateChapter {
        guidance = guidance == null ? "" : guidance;
        ChapterThemes normalised = ChapterThemes.of(themes, subThemes);
        themes = normalised.themes();
        subThemes = normalised.subThemes();
    }

    /** The themes and sub-themes chapters made from this one are about. */
    public ChapterThemes chapterThemes() {
        return new ChapterThemes(themes, subThemes);
    }
}
