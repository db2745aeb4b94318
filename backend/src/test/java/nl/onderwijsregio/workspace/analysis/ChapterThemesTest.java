package nl.onderwijsregio.workspace.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.Test;

/** What a chapter is about: sub-themes bring their theme and narrow it; a theme alone covers all of it. */
class ChapterThemesTest {

    @Test
    void a_sub_theme_brings_its_theme_and_the_order_is_the_vocabularys() {
        ChapterThemes themes = ChapterThemes.of(
                List.of(Theme.REGIONALE_CONTEXT), List.of(SubTheme.VERZUIM_WERKGELUK, SubTheme.WERVEN));
        assertThat(themes.themes()).containsExactly(Theme.AANTREKKEN, Theme.BEHOUDEN, Theme.REGIONALE_CONTEXT);
        assertThat(themes.subThemes()).containsExactly(SubTheme.WERVEN, SubTheme.VERZUIM_WERKGELUK);
        assertThat(ChapterThemes.of(null, null)).isEqualTo(ChapterThemes.NONE);
        assertThat(ChapterThemes.NONE.isEmpty()).isTrue();
    }

    @Test
    void naming_sub_themes_narrows_their_theme_only() {
        ChapterThemes themes = ChapterThemes.of(List.of(Theme.AANTREKKEN), List.of(SubTheme.BEGELEIDEN));
        assertThat(themes.covers(Theme.BEHOUDEN, SubTheme.BEGELEIDEN)).isTrue();
        assertThat(themes.covers(Theme.BEHOUDEN, null))
                .as("an item of the theme without sub-theme")
                .isTrue();
        assertThat(themes.covers(Theme.BEHOUDEN, SubTheme.VERZUIM_WERKGELUK)).isFalse();
        assertThat(themes.covers(Theme.AANTREKKEN, SubTheme.OPLEIDEN))
                .as("Aantrekken is not narrowed")
                .isTrue();
        assertThat(themes.covers(Theme.CONTINUEREN, null)).isFalse();
        assertThat(themes.covers(null, null)).isFalse();
    }
}
