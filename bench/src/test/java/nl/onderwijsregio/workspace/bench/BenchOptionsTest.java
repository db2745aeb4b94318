package nl.onderwijsregio.workspace.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void help_is_recognised_before_parsing_and_names_every_option() {
        assertThat(BenchOptions.wantsHelp("--scale", "10", "--help")).isTrue();
        assertThat(BenchOptions.wantsHelp("--scale", "10")).isFalse();
        for (String option : new String[] {
            "--scale",
            "--iterations",
            "--warmup",
            "--only",
            "--no-app",
            "--no-aot",
            "--app-jar",
            "--port",
            "--http-threads",
            "--http-seconds",
            "--sessions",
            "--signed-in-sessions",
            "--export-iterations",
            "--export-warmup",
            "--analysis-regions",
            "--explain",
            "--hold",
            "--out"
        }) {
            assertThat(BenchOptions.USAGE).contains(option + " ");
        }
    }

    @Test
    void values_flags_and_defaults_are_read() {
        BenchOptions options = BenchOptions.parse("--scale", "0.5", "--no-app", "--only", "feed, search", "--out", "x");
        assertThat(options.scale()).isEqualTo(0.5);
        assertThat(options.scaleName()).isEqualTo("0.5");
        assertThat(options.app()).isFalse();
        assertThat(options.iterations()).isEqualTo(400);
        assertThat(options.out()).isEqualTo(Path.of("x"));
        assertThat(options.measures("neighbour feed")).isTrue();
        assertThat(options.measures("register page")).isFalse();
    }

    @Test
    void a_missing_value_or_stray_word_is_a_clear_error() {
        assertThatThrownBy(() -> BenchOptions.parse("--scale"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No value for --scale");
        assertThatThrownBy(() -> BenchOptions.parse("10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unexpected argument: 10");
    }
}
