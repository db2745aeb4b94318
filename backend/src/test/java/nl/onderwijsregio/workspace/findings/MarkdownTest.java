package nl.onderwijsregio.workspace.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown becomes formatted HTML; known attack payloads come out inert. */
class MarkdownTest {

    private static final Set<String> ALLOWED = Set.of(
            "p",
            "br",
            "strong",
            "em",
            "b",
            "i",
            "ul",
            "ol",
            "li",
            "blockquote",
            "code",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td");

    @Test
    void formatting_lists_and_links_survive() {
        String html = Markdown.toSafeHtml("""
                # Kop
                Een **vet** en *schuin* woord, [een link](https://example.org/pad?a=1).

                - een
                - twee

                > citaat
                """);
        assertThat(html)
                .contains(
                        "<h1>Kop</h1>",
                        "<strong>vet</strong>",
                        "<em>schuin</em>",
                        "<li>een</li>",
                        "<blockquote>",
                        "href=\"https://example.org/pad?a&#61;1\"");
        assertThat(html).containsPattern("rel=\"[^\"]*noopener").containsPattern("rel=\"[^\"]*noreferrer");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "[klik](javascript:alert(1))",
                "[klik](JaVaScRiPt:alert(1))",
                "[klik](java\tscript:alert(1))",
                "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[klik](vbscript:msgbox(1))",
                "![plaatje](javascript:alert(1))",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onclick=\"alert(1)\">klik</p>",
                "<body onload=alert(1)>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<a href=\"&#106;avascript:alert(1)\">klik</a>",
                "[klik](&#106;avascript:alert(1))",
                "<form action=\"https://evil.example\"><input name=x></form>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<<script>script>alert(1)<</script>/script>",
                "`<script>alert(1)</script>`",
                "<details open ontoggle=alert(1)>"
            })
    void attack_payloads_render_inert(String payload) {
        String html = Markdown.toSafeHtml(payload).toLowerCase();
        Matcher tags = Pattern.compile("<\\s*/?\\s*([a-z0-9]+)").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(1)).as("element in %s", html).isIn(ALLOWED);
        }
        assertThat(html).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+\\s*=");
        Matcher links = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertThat(links.group(1)).as("link target in %s", html).matches("^(https?:|mailto:).*");
        }
    }

    @Test
    void plain_text_preview_is_short_and_unformatted() {
        assertThat(Markdown.toPlainText("**Vet** & <script>x</script> tekst", 100))
                .isEqualTo("Vet & <script>x</script> tekst");
        assertThat(Markdown.toPlainText("a ".repeat(200), 20))
                .hasSizeLessThanOrEqualTo(20)
                .endsWith("…");
    }

    @Test
    void plain_text_keeps_list_items_apart_and_shows_no_entities() {
        assertThat(Markdown.toPlainText("Signalen:\n\n- roosterdruk\n- twee noemen werkdruk\n\nSchaal: 3 = veel", 200))
                .isEqualTo("Signalen: roosterdruk twee noemen werkdruk Schaal: 3 = veel");
        assertThat(Markdown.toPlainText("1. eerst\n2. dan\n\n> citaat &amp; meer, \"zo\" 't", 200))
                .isEqualTo("eerst dan citaat & meer, \"zo\" 't");
        assertThat(Markdown.toPlainText("| Bron | Niveau |\n|---|---|\n| Vfpf | bestuur |\n", 200))
                .isEqualTo("Bron Niveau Vfpf bestuur");
    }

    @org.junit.jupiter.api.Test
    void a_table_is_rendered_as_a_table() {
        String html = Markdown.toSafeHtml("| Bron | Niveau |\n|---|---|\n| Vfpf | bestuur |\n");
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("<table>", "<th>Bron</th>", "<td>Vfpf</td>")
                .doesNotContain("|---|");
    }
}
