package nl.onderwijsregio.workspace.analysis.document;

import java.util.List;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.DocumentChapter;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Writes an analysis as one Markdown file: "# edition — region", the version line, a "##" per chapter with the
 * chapter's Markdown below it, and the Bronnenverantwoording as tables and lists.
 *
 * <p>The file is built as one CommonMark tree and rendered by CommonMark's own Markdown renderer, so titles and source
 * names are escaped where needed. Chapter headings move down to sit under the chapter's "##"; raw HTML becomes text
 * (inline) or a code block, so a viewer never interprets it.
 */
public final class AnalysisMarkdown {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .build();

    private AnalysisMarkdown() {}

    public static String write(AnalysisDocument analysis) {
        Document root = new Document();
        root.appendChild(MarkdownNodes.heading(1, analysis.edition() + " — " + analysis.regionName()));
        root.appendChild(MarkdownNodes.paragraph(
                DocumentTexts.versionLine(analysis) + " · " + DutchDates.longForm(analysis.date())));
        for (DocumentChapter chapter : analysis.chapters()) {
            root.appendChild(MarkdownNodes.heading(2, chapter.title()));
            if (chapter.markdown() != null && !chapter.markdown().isBlank()) {
                appendChapter(root, ChapterMarkdown.parse(chapter.markdown()));
            }
            if (chapter.generated()) {
                MarkdownNodes.sources(root, analysis.sources());
            }
        }
        return RENDERER.render(root);
    }

    private static void appendChapter(Document root, ChapterMarkdown chapter) {
        chapter.root().accept(new Defused(chapter));
        Node child = chapter.root().getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            root.appendChild(child);
            child = next;
        }
    }

    /** Moves headings under the chapter heading and turns raw HTML into text. */
    private static final class Defused extends AbstractVisitor {

        private final ChapterMarkdown chapter;

        private Defused(ChapterMarkdown chapter) {
            this.chapter = chapter;
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, chapter.depth(heading) + 2));
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlInline html) {
            html.insertAfter(new Text(html.getLiteral()));
            html.unlink();
        }

        @Override
        public void visit(HtmlBlock html) {
            FencedCodeBlock code = new FencedCodeBlock();
            code.setFenceCharacter("`");
            code.setOpeningFenceLength(3);
            code.setClosingFenceLength(3);
            code.setFenceIndent(0);
            code.setLiteral(html.getLiteral().endsWith("\n") ? html.getLiteral() : html.getLiteral() + "\n");
            html.insertAfter(code);
            html.unlink();
        }

        @Override
        public void visit(Paragraph paragraph) {
            // Children may be replaced while visiting: walk with the next node taken first.
            Node child = paragraph.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                child.accept(this);
                child = next;
            }
        }
    }
}
