package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * Page furniture of the PDF: the running header and "Pagina N" on every page but the title page, and, when a chapter
 * heading is laid out, its page (for the table of contents) and a bookmark.
 */
final class PdfPages extends PdfPageEventHelper {

    static final String CHAPTER_TAG = "chapter:";

    private final String running;
    private final List<String> titles;
    private final int[] chapterPages;

    PdfPages(String running, List<String> titles) {
        this.running = running;
        this.titles = titles;
        this.chapterPages = new int[titles.size()];
    }

    /** The page each chapter starts on, once the document is closed. */
    int[] chapterPages() {
        return chapterPages.clone();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(CHAPTER_TAG)) {
            return;
        }
        int index = Integer.parseInt(text.substring(CHAPTER_TAG.length()));
        if (chapterPages[index] == 0) {
            chapterPages[index] = writer.getPageNumber();
            new PdfOutline(
                    writer.getDirectContent().getRootOutline(),
                    new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 20, 0),
                    titles.get(index));
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_RIGHT,
                new Phrase(running, PdfFonts.SMALL),
                document.right(),
                document.top() + 20,
                0);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_CENTER,
                new Phrase(DocumentTexts.page() + page, PdfFonts.SMALL),
                (document.left() + document.right()) / 2,
                document.bottom() - 24,
                0);
    }
}
