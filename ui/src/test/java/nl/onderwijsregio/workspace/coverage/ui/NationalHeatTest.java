package nl.onderwijsregio.workspace.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matrix shades: the right shade per share, and text that stays readable on each (WCAG AA, 4.5:1). */
class NationalHeatTest {

    @Test
    void shares_map_to_shades() {
        assertThat(Heat.of(0)).isEqualTo(Heat.NONE);
        assertThat(Heat.of(1)).isEqualTo(Heat.LOW);
        assertThat(Heat.of(24)).isEqualTo(Heat.LOW);
        assertThat(Heat.of(33)).isEqualTo(Heat.MEDIUM);
        assertThat(Heat.of(50)).isEqualTo(Heat.HIGH);
        assertThat(Heat.of(100)).isEqualTo(Heat.FULL);
        assertThat(Heat.LOW.to()).isEqualTo(24);
        assertThat(Heat.FULL.to()).isEqualTo(100);
    }

    @Test
    void every_shade_has_text_with_at_least_aa_contrast() {
        for (Heat heat : Heat.values()) {
            assertThat(contrast(heat.background(), heat.text())).as(heat.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void chart_options_are_escaped_json() {
        String option = ChartOptions.columns(
                java.util.List.of("Regio's \"A\"", "<b>"),
                java.util.List.of(new ChartOptions.Series("Ontvangen", java.util.List.of(1, 2))),
                true,
                false);
        assertThat(option)
                .contains("\"Regio's \\\"A\\\"\"", "\\u003cb\\u003e", "\"stack\":\"total\"", "\"data\":[1,2]");
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
