package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;

/**
 * Walks one chapter's Markdown tree and hands the PDF elements to the document: headings, paragraphs, bullet and
 * numbered lists (nested), block quotes, code, tables. Raw HTML is shown as text.
 */
final class PdfBlocks extends AbstractVisitor {

    private static final float LEADING = PdfFonts.TEXT_SIZE * 1.4f;

    private final ChapterMarkdown chapter;
    private final Deque<Sink> sinks = new ArrayDeque<>();
    private int quotes;

    private PdfBlocks(ChapterMarkdown chapter, Consumer<Element> out) {
        this.chapter = chapter;
        sinks.push(new Sink(out, null));
    }

    static void write(ChapterMarkdown chapter, Consumer<Element> out) {
        chapter.root().accept(new PdfBlocks(chapter, out));
    }

    @Override
    public void visit(Heading heading) {
        Paragraph paragraph = PdfInlines.write(
                new Paragraph(), heading, chapter.depth(heading) == 1 ? PdfFonts.HEADING_2 : PdfFonts.HEADING_3);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        add(paragraph);
    }

    @Override
    public void visit(org.commonmark.node.Paragraph node) {
        Font font = quotes > 0 ? PdfFonts.styled(PdfFonts.TEXT, false, true, false) : PdfFonts.TEXT;
        if (quotes > 0) {
            font.setColor(PdfFonts.GREY);
        }
        Sink sink = sinks.peek();
        if (sink.item != null) {
            if (!sink.item.isEmpty()) {
                sink.item.add(Chunk.NEWLINE);
            }
            PdfInlines.write(sink.item, node, font);
            return;
        }
        add(PdfInlines.write(paragraph(), node, font));
    }

    @Override
    public void visit(BulletList list) {
        list(list, new List(List.UNORDERED, 12));
    }

    @Override
    public void visit(OrderedList node) {
        List list = new List(List.ORDERED, 16);
        Integer start = node.getMarkerStartNumber();
        list.setFirst(start == null ? 1 : start);
        list(node, list);
    }

    @Override
    public void visit(BlockQuote quote) {
        quotes++;
        visitChildren(quote);
        quotes--;
    }

    @Override
    public void visit(FencedCodeBlock code) {
        code(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        code(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        Paragraph paragraph = paragraph();
        paragraph.add(new Chunk(html.getLiteral().strip(), PdfFonts.TEXT));
        add(paragraph);
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        add(new Paragraph(new Chunk(new LineSeparator(0.5f, 100, PdfFonts.GREY, Element.ALIGN_CENTER, -2))));
    }

    @Override
    public void visit(CustomBlock block) {
        if (!(block instanceof TableBlock)) {
            visitChildren(block);
        } else if (sinks.peek().item != null) {
            code(PdfTables.asText(block));
        } else {
            add(PdfTables.of(block));
        }
    }

    private void list(ListBlock node, List list) {
        if (list.isNumbered()) {
            list.setAutoindent(true);
        } else {
            list.setListSymbol(new Chunk("•  ", PdfFonts.TEXT));
        }
        if (sinks.size() > 1) {
            list.setIndentationLeft(6);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            ListItem item = new ListItem(LEADING);
            item.setFont(PdfFonts.TEXT);
            sinks.push(new Sink(item::add, item));
            child.accept(this);
            sinks.pop();
            list.add(item);
        }
        add(list);
    }

    private void code(String literal) {
        Paragraph paragraph = paragraph();
        paragraph.add(new Chunk(literal.stripTrailing(), PdfFonts.CODE));
        add(paragraph);
    }

    private Paragraph paragraph() {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(LEADING);
        paragraph.setSpacingAfter(6);
        if (quotes > 0) {
            paragraph.setIndentationLeft(20f * quotes);
        }
        return paragraph;
    }

    private void add(Element element) {
        sinks.peek().out.accept(element);
    }

    /** Where elements go: the page, or the list item being written (then {@code item} is set). */
    private record Sink(Consumer<Element> out, @Nullable ListItem item) {}
}
