package nl.onderwijsregio.workspace.analysis.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.DocumentChapter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes an analysis as a Word document (DOCX) that regions can edit further: title page, table of contents, one
 * chapter per Heading1 with its Markdown rendered in real Word styles and numbering, and the Bronnenverantwoording.
 * Each chapter's Markdown is parsed once; the whole document is built in one pass, so the time grows linearly with
 * its size.
 */
public final class AnalysisDocx {

    private AnalysisDocx() {}

    public static void write(AnalysisDocument analysis, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.define(doc);
            DocxNumbering numbering = new DocxNumbering(doc);
            DocxFrame.page(doc);
            DocxFrame.titlePage(doc, analysis);
            DocxFrame.tableOfContents(
                    doc,
                    analysis.chapters().stream().map(DocumentChapter::title).toList());
            for (DocumentChapter chapter : analysis.chapters()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle(DocxStyles.HEADING_1);
                heading.createRun().setText(chapter.title());
                if (chapter.markdown() != null && !chapter.markdown().isBlank()) {
                    DocxBlocks.write(doc, numbering, ChapterMarkdown.parse(chapter.markdown()));
                }
                if (chapter.generated()) {
                    DocxSources.write(doc, numbering, analysis.sources());
                }
            }
            DocxFrame.headerAndFooter(doc, analysis);
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(analysis.edition() + " — " + analysis.regionName());
            properties.setCreator(analysis.regionName());
            doc.enforceUpdateFields();
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
