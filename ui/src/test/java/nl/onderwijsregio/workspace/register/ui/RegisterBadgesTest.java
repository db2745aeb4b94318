package nl.onderwijsregio.workspace.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import org.junit.jupiter.api.Test;

/** Every register status has its own badge colour in the style sheet, readable at a contrast of at least 4.5:1. */
class RegisterBadgesTest {

    @Test
    void each_status_has_a_distinct_badge_with_enough_contrast() throws IOException {
        String css = styles();
        Set<String> backgrounds = new HashSet<>();
        for (RegisterStatus status : RegisterStatus.values()) {
            Matcher rule = Pattern.compile("\\." + RegisterView.statusClass(status) + "\\s*\\{([^}]*)}")
                    .matcher(css);
            assertThat(rule.find()).as("a badge rule for " + status).isTrue();
            String background = colour(rule.group(1), "background");
            String text = colour(rule.group(1), "color");
            assertThat(contrast(background, text))
                    .as(status + ": " + text + " on " + background)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(backgrounds.add(background))
                    .as(status + " has its own background")
                    .isTrue();
        }
    }

    private static String styles() throws IOException {
        try (InputStream in = RegisterBadgesTest.class.getResourceAsStream("/META-INF/resources/styles.css")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String colour(String declarations, String property) {
        Matcher m = Pattern.compile("(?:^|;|\\s)" + property + "\\s*:\\s*(#[0-9a-fA-F]{6})")
                .matcher(declarations);
        assertThat(m.find()).as(property + " in " + declarations).isTrue();
        return m.group(1).toLowerCase();
    }

    /** The WCAG 2.1 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
