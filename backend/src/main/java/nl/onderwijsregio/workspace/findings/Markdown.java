package nl.onderwijsregio.workspace.findings;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the Markdown of a finding (or an analysis chapter; GFM tables included) into HTML that is safe to show: CommonMark renders it (raw HTML escaped, unsafe
 * link targets dropped), then the OWASP sanitizer keeps only text formatting, lists, tables, quotes, code and
 * http(s)/mailto links, which open without handing the opener over. Scripts and event handlers never survive.
 */
public final class Markdown {

    private static final java.util.List<org.commonmark.Extension> EXTENSIONS =
            java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
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
                    "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .matching(Pattern.compile("^(https?:|mailto:)[^\\s]*$", Pattern.CASE_INSENSITIVE))
            .onElements("a")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("target")
            .matching(Pattern.compile("_blank"))
            .onElements("a")
            .toFactory();

    private Markdown() {}

    /** Safe HTML for {@code markdown}; empty for empty input. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(html);
    }

    /**
     * The plain text of {@code markdown}, for previews: the words as written (entities decoded, no markup), a space
     * between blocks such as list items and paragraphs, whitespace collapsed.
     */
    public static String toPlainText(String markdown, int maxLength) {
        StringBuilder out = new StringBuilder();
        PARSER.parse(markdown).accept(new PlainText(out));
        String text = out.toString().replaceAll("\\s+", " ").strip();
        return text.length() <= maxLength
                ? text
                : text.substring(0, maxLength - 1).strip() + "…";
    }

    /** Collects a document's literal text; every block and line break ends with a space. */
    private static final class PlainText extends org.commonmark.node.AbstractVisitor {

        private final StringBuilder out;

        PlainText(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.HtmlInline html) {
            out.append(html.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.HtmlBlock html) {
            out.append(html.getLiteral()).append(' ');
        }

        @Override
        public void visit(org.commonmark.node.IndentedCodeBlock code) {
            out.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(org.commonmark.node.FencedCodeBlock code) {
            out.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(org.commonmark.node.HardLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        protected void visitChildren(org.commonmark.node.Node parent) {
            super.visitChildren(parent);
            if (parent instanceof org.commonmark.node.Block
                    || parent instanceof org.commonmark.ext.gfm.tables.TableCell) {
                out.append(' ');
            }
        }
    }
}
