package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Font;
import java.awt.Color;

/**
 * The fonts of the PDF: the standard Helvetica and Courier in WinAnsi (Cp1252) encoding, which covers Dutch (é, ë, ï),
 * curly quotes and dashes without embedding a font file. Characters outside Cp1252 are not shown.
 */
final class PdfFonts {

    static final Color DARK_BLUE = new Color(0x1F, 0x38, 0x64);
    static final Color GREY = new Color(0x40, 0x40, 0x40);
    static final Color LINK = new Color(0x05, 0x63, 0xC1);
    static final float TEXT_SIZE = 10.5f;

    static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD, DARK_BLUE);
    static final Font SUBTITLE = new Font(Font.HELVETICA, 16, Font.NORMAL, GREY);
    static final Font CHAPTER = new Font(Font.HELVETICA, 18, Font.BOLD, DARK_BLUE);
    static final Font HEADING_2 = new Font(Font.HELVETICA, 14, Font.BOLD, DARK_BLUE);
    static final Font HEADING_3 = new Font(Font.HELVETICA, 12, Font.BOLD, DARK_BLUE);
    static final Font TEXT = new Font(Font.HELVETICA, TEXT_SIZE);
    static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, GREY);
    static final Font TABLE = new Font(Font.HELVETICA, 8.5f);
    static final Font TABLE_HEADER = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    static final Font CODE = new Font(Font.COURIER, 9);

    private PdfFonts() {}

    /** A Helvetica (or, for code, Courier) of the base font's size and colour with the requested emphasis. */
    static Font styled(Font base, boolean bold, boolean italic, boolean code) {
        int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0) | (base.isBold() ? Font.BOLD : 0);
        return new Font(code ? Font.COURIER : Font.HELVETICA, base.getSize(), style, base.getColor());
    }
}
