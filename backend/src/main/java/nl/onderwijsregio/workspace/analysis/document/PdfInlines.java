package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
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

/** Writes the inline content of one Markdown block as chunks of a PDF phrase: bold, italic, code, links. */
final class PdfInlines extends AbstractVisitor {

    private final Phrase phrase;
    private final Font base;
    private int bold;
    private int italic;

    private PdfInlines(Phrase phrase, Font base) {
        this.phrase = phrase;
        this.base = base;
    }

    /** Adds the children of {@code block} to {@code phrase}, in {@code base}'s size, colour and weight. */
    static <P extends Phrase> P write(P phrase, Node block, Font base) {
        PdfInlines inlines = new PdfInlines(phrase, base);
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(inlines);
        }
        return phrase;
    }

    @Override
    public void visit(Text text) {
        chunk(text.getLiteral(), false);
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
        chunk(code.getLiteral(), true);
    }

    @Override
    public void visit(HtmlInline html) {
        chunk(html.getLiteral(), false);
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        chunk(" ", false);
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        phrase.add(Chunk.NEWLINE);
    }

    @Override
    public void visit(Link link) {
        if (!Links.safe(link.getDestination())) {
            visitChildren(link);
            return;
        }
        Font font = PdfFonts.styled(base, bold > 0, italic > 0, false);
        font.setColor(PdfFonts.LINK);
        font.setStyle(font.getStyle() | Font.UNDERLINE);
        Chunk chunk = new Chunk(PlainText.of(link), font);
        chunk.setAnchor(link.getDestination());
        phrase.add(chunk);
    }

    private void chunk(String text, boolean code) {
        phrase.add(new Chunk(text, PdfFonts.styled(base, bold > 0, italic > 0, code)));
    }
}
