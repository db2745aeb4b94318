package nl.onderwijsregio.workspace.analysis.document;

import java.util.List;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * CommonMark nodes for what the Markdown file adds around the chapters: headings, plain paragraphs and the
 * Bronnenverantwoording. Text goes in as {@link Text} nodes, so the renderer escapes it.
 */
final class MarkdownNodes {

    private MarkdownNodes() {}

    static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(text));
        return heading;
    }

    static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        return paragraph;
    }

    static void sources(Node root, SourceAccount account) {
        if (account.groups().isEmpty()) {
            root.appendChild(paragraph(DocumentTexts.noSources()));
            return;
        }
        for (SourceGroup group : account.groups()) {
            root.appendChild(heading(3, group.theme()));
            if (group.used().isEmpty()) {
                root.appendChild(paragraph(DocumentTexts.noneUsedInTheme()));
            } else {
                root.appendChild(table(
                        DocumentTexts.sourceColumns(),
                        group.used().stream().map(DocumentTexts::cells).toList()));
            }
            if (!group.notUsed().isEmpty()) {
                root.appendChild(paragraph(DocumentTexts.notUsed()));
                root.appendChild(bullets(group.notUsed()));
            } else if (!SourceAccounts.OTHER.equals(group.theme())) {
                root.appendChild(paragraph(DocumentTexts.allUsed()));
            }
        }
    }

    private static BulletList bullets(List<String> items) {
        BulletList list = new BulletList();
        list.setMarker("-");
        list.setTight(true);
        for (String text : items) {
            ListItem item = new ListItem();
            item.appendChild(paragraph(text));
            list.appendChild(item);
        }
        return list;
    }

    private static TableBlock table(List<String> header, List<List<String>> rows) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        head.appendChild(row(header, true));
        table.appendChild(head);
        TableBody body = new TableBody();
        rows.forEach(r -> body.appendChild(row(r, false)));
        table.appendChild(body);
        return table;
    }

    private static TableRow row(List<String> cells, boolean header) {
        TableRow row = new TableRow();
        for (String text : cells) {
            TableCell cell = new TableCell();
            cell.setHeader(header);
            cell.appendChild(new Text(text.replace('\n', ' ')));
            row.appendChild(cell);
        }
        return row;
    }
}
