package nl.onderwijsregio.workspace.analysis.document;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Writes the inline content of one Markdown block (a paragraph, heading or table cell) as runs of a Word paragraph:
 * bold, italic, inline code, links. Raw HTML becomes literal text.
 */
final class DocxInlines extends AbstractVisitor {

    private final XWPFParagraph paragraph;
    private int bold;
    private int italic;

    private DocxInlines(XWPFParagraph paragraph, boolean bold) {
        this.paragraph = paragraph;
        this.bold = bold ? 1 : 0;
    }

    /** Writes the children of {@code block}; {@code bold} for table header cells. */
    static void write(XWPFParagraph paragraph, Node block, boolean bold) {
        DocxInlines inlines = new DocxInlines(paragraph, bold);
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(inlines);
        }
    }

    @Override
    public void visit(Text text) {
        run(text.getLiteral());
    }

    @Override
    public void visit(Emphasis emphasis) {
        italic++;
        visitChildren(emphasis);
        italic--;
    }

    @Override
    public void visit(StrongEmphasis strong) {
        bold++;
        visitChildren(strong);
        bold--;
    }

    @Override
    public void visit(Code code) {
        run(code.getLiteral()).setFontFamily(DocxStyles.MONO);
    }

    @Override
    public void visit(HtmlInline html) {
        run(html.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        run(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        paragraph.createRun().addBreak();
    }

    @Override
    public void visit(Link link) {
        if (!Links.safe(link.getDestination())) {
            visitChildren(link);
            return;
        }
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.getDestination());
        run.setText(PlainText.of(link));
        run.setUnderline(UnderlinePatterns.SINGLE);
        run.setColor("0563C1");
        format(run);
    }

    private XWPFRun run(String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        format(run);
        return run;
    }

    private void format(XWPFRun run) {
        if (bold > 0) {
            run.setBold(true);
        }
        if (italic > 0) {
            run.setItalic(true);
        }
    }
}
