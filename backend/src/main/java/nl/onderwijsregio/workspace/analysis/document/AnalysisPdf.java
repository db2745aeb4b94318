package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.io.OutputStream;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.DocumentChapter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an analysis as a PDF for reading and archiving: title page, table of contents with page numbers, the
 * chapters with their Markdown laid out, the Bronnenverantwoording, "Pagina N" and bookmarks.
 *
 * <p>The page numbers of the table of contents are only known after layout, so the document is laid out twice: once
 * to learn on which page each chapter starts, once for real. The table of contents has the same lines both times, so
 * the pages do not shift between the two.
 */
public final class AnalysisPdf {

    private AnalysisPdf() {}

    public static void write(AnalysisDocument analysis, OutputStream out) {
        List<ParsedChapter> chapters = analysis.chapters().stream()
                .map(c -> new ParsedChapter(
                        c, c.markdown() == null || c.markdown().isBlank() ? null : ChapterMarkdown.parse(c.markdown())))
                .toList();
        int[] pages = render(analysis, chapters, null, OutputStream.nullOutputStream());
        render(analysis, chapters, pages, out);
    }

    private static int[] render(
            AnalysisDocument analysis, List<ParsedChapter> chapters, int @Nullable [] pages, OutputStream out) {
        List<String> titles = chapters.stream().map(c -> c.chapter().title()).toList();
        PdfPages events = new PdfPages(DocumentTexts.running(analysis), titles);
        Document document = new Document(PageSize.A4, 56, 56, 64, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(events);
        String title = analysis.edition() + " — " + analysis.regionName();
        document.addTitle(title);
        document.addSubject(analysis.edition());
        document.addAuthor(analysis.regionName());
        document.addCreator("Werkruimte onderwijsregio's");
        document.setDocumentLanguage("nl");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl"));
        document.open();
        titlePage(document, analysis);
        tableOfContents(document, titles, pages);
        for (int i = 0; i < chapters.size(); i++) {
            document.newPage();
            Chunk heading = new Chunk(titles.get(i), PdfFonts.CHAPTER);
            heading.setGenericTag(PdfPages.CHAPTER_TAG + i);
            heading.setLocalDestination(destination(i));
            Paragraph paragraph = new Paragraph(heading);
            paragraph.setSpacingAfter(10);
            document.add(paragraph);
            ParsedChapter chapter = chapters.get(i);
            if (chapter.markdown() != null) {
                PdfBlocks.write(chapter.markdown(), document::add);
            }
            if (chapter.chapter().generated()) {
                PdfSources.write(analysis.sources(), document::add);
            }
        }
        document.close();
        return events.chapterPages();
    }

    private static void titlePage(Document document, AnalysisDocument analysis) {
        Paragraph region = new Paragraph(analysis.regionName(), PdfFonts.TITLE);
        region.setSpacingBefore(200);
        region.setSpacingAfter(12);
        document.add(region);
        document.add(new Paragraph(analysis.edition(), PdfFonts.SUBTITLE));
        Paragraph version = new Paragraph(DocumentTexts.versionLine(analysis), PdfFonts.TEXT);
        version.setSpacingBefore(24);
        document.add(version);
        document.add(new Paragraph(DutchDates.longForm(analysis.date()), PdfFonts.TEXT));
    }

    private static void tableOfContents(Document document, List<String> titles, int @Nullable [] pages) {
        document.newPage();
        Paragraph heading = new Paragraph(DocumentTexts.tableOfContents(), PdfFonts.CHAPTER);
        heading.setSpacingAfter(12);
        document.add(heading);
        for (int i = 0; i < titles.size(); i++) {
            Paragraph line = new Paragraph();
            line.setSpacingAfter(4);
            Chunk title = new Chunk(titles.get(i), PdfFonts.TEXT);
            title.setLocalGoto(destination(i));
            line.add(title);
            line.add(new Chunk(new DottedLineSeparator()));
            line.add(new Chunk(pages == null ? "0" : String.valueOf(pages[i]), PdfFonts.TEXT));
            document.add(line);
        }
    }

    private static String destination(int chapter) {
        return "hoofdstuk-" + (chapter + 1);
    }

    private record ParsedChapter(
            DocumentChapter chapter, @Nullable ChapterMarkdown markdown) {}
}
