package nl.onderwijsregio.workspace.analysis.document;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Walks one chapter's Markdown tree and appends it to the Word document: headings as Heading2/Heading3, paragraphs,
 * lists with real numbering, block quotes in the Quote style, code, tables. Raw HTML blocks are shown as text.
 */
final class DocxBlocks extends AbstractVisitor {

    private final XWPFDocument doc;
    private final DocxNumbering numbering;
    private final ChapterMarkdown chapter;
    private final Deque<BigInteger> lists = new ArrayDeque<>();
    private boolean firstInItem;
    private int quotes;

    private DocxBlocks(XWPFDocument doc, DocxNumbering numbering, ChapterMarkdown chapter) {
        this.doc = doc;
        this.numbering = numbering;
        this.chapter = chapter;
    }

    static void write(XWPFDocument doc, DocxNumbering numbering, ChapterMarkdown chapter) {
        chapter.root().accept(new DocxBlocks(doc, numbering, chapter));
    }

    @Override
    public void visit(Heading heading) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(chapter.depth(heading) == 1 ? DocxStyles.HEADING_2 : DocxStyles.HEADING_3);
        DocxInlines.write(paragraph, heading, false);
    }

    @Override
    public void visit(Paragraph paragraph) {
        DocxInlines.write(block(), paragraph, false);
    }

    @Override
    public void visit(BulletList list) {
        list(list, false, 1);
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        list(list, true, start == null ? 1 : start);
    }

    @Override
    public void visit(ListItem item) {
        firstInItem = true;
        visitChildren(item);
        if (firstInItem) {
            block();
        }
        firstInItem = false;
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
        block().createRun().setText(html.getLiteral().strip());
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        doc.createParagraph().setBorderBottom(Borders.SINGLE);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
            DocxTables.write(doc, block);
        } else {
            visitChildren(block);
        }
    }

    private void list(ListBlock list, boolean ordered, int start) {
        lists.push(numbering.newList(ordered, lists.size(), start));
        visitChildren(list);
        lists.pop();
    }

    /**
     * A new paragraph in the current context: numbered when it is the first of a list item, indented under the item
     * when it is a further one, in the Quote style inside a block quote.
     */
    private XWPFParagraph block() {
        XWPFParagraph paragraph = doc.createParagraph();
        if (quotes > 0) {
            paragraph.setStyle(DocxStyles.QUOTE);
        }
        if (!lists.isEmpty()) {
            int level = lists.size() - 1;
            if (quotes == 0) {
                paragraph.setStyle(DocxStyles.LIST_PARAGRAPH);
            }
            if (firstInItem) {
                paragraph.setNumID(lists.peek());
                paragraph.setNumILvl(BigInteger.valueOf(level));
                firstInItem = false;
            } else {
                paragraph.setIndentationLeft(DocxNumbering.indent(level));
            }
        }
        return paragraph;
    }

    private void code(String literal) {
        XWPFParagraph paragraph = block();
        paragraph.setStyle(DocxStyles.CODE);
        String[] lines = literal.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
