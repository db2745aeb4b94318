package nl.onderwijsregio.workspace.analysis.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashSet;
import nl.onderwijsregio.workspace.analysis.ChapterThemes;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;

/**
 * Chooses what a chapter is about: catalogue themes and ABC sub-themes (a sub-theme brings its theme; naming some
 * of a theme's sub-themes narrows the chapter's suggestions to them). Used where chapters are made or retagged.
 */
class ChapterThemesField extends Div {

    private final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SubTheme> subThemes = new MultiSelectComboBox<>();

    ChapterThemesField(String idPrefix) {
        addClassName("chapter-themes-field");
        themes.setLabel(getTranslation("analysis.chapter.themesField"));
        themes.setId(idPrefix + "-themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(Theme::label);
        themes.setWidthFull();
        subThemes.setLabel(getTranslation("analysis.chapter.subThemesField"));
        subThemes.setHelperText(getTranslation("analysis.chapter.subThemesField.help"));
        subThemes.setId(idPrefix + "-sub-themes");
        subThemes.setItems(SubTheme.values());
        subThemes.setItemLabelGenerator(ChapterThemesField::label);
        subThemes.setWidthFull();
        add(themes, subThemes);
    }

    /** "Werven (Aantrekken)": the theme says where a sub-theme belongs. */
    static String label(SubTheme subTheme) {
        return subTheme.label() + " (" + subTheme.theme().label() + ")";
    }

    ChapterThemesField withValue(ChapterThemes value) {
        themes.setValue(new LinkedHashSet<>(value.themes()));
        subThemes.setValue(new LinkedHashSet<>(value.subThemes()));
        return this;
    }

    ChapterThemes getValue() {
        return ChapterThemes.of(themes.getValue(), subThemes.getValue());
    }
}
