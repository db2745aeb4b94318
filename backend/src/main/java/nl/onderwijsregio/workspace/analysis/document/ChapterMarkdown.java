package nl.onderwijsregio.workspace.analysis.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * A chapter's Markdown, parsed once into a CommonMark tree (with GFM tables) that each writer walks with its own
 * visitor. Nobody re-parses Markdown by hand, so the three outputs agree on what is a list, a table or emphasis.
 *
 * <p>Headings inside a chapter sit below the chapter's own heading. Authors start at {@code #} or at {@code ##};
 * {@link #depth(Heading)} makes the highest heading the chapter uses depth 1, so the writers can place it directly
 * under the chapter title whichever the author chose.
 *
 * @param root      the parsed document
 * @param topLevel  the smallest heading level in the chapter (1 when there are no headings)
 */
record ChapterMarkdown(Node root, int topLevel) {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static ChapterMarkdown parse(String markdown) {
        Node root = PARSER.parse(markdown);
        int[] top = {Integer.MAX_VALUE};
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                top[0] = Math.min(top[0], heading.getLevel());
            }
        });
        return new ChapterMarkdown(root, top[0] == Integer.MAX_VALUE ? 1 : top[0]);
    }

    /** The heading's depth below the chapter title: 1 for the chapter's highest heading level, 2 below that, … */
    int depth(Heading heading) {
        return heading.getLevel() - topLevel + 1;
    }

    /** A GFM table block's rows (head first, then body), each as its cells. */
    static List<List<TableCell>> rows(Node tableBlock) {
        List<List<TableCell>> rows = new ArrayList<>();
        collectRows(tableBlock, rows);
        return rows;
    }

    private static void collectRows(Node node, List<List<TableCell>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<TableCell> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        cells.add(tableCell);
                    }
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }
}
