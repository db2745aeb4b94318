package nl.onderwijsregio.workspace.analysis.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDF: Liberation Sans and Liberation Mono (SIL Open Font License, from OpenPDF's
 * {@code openpdf-fonts-extra}), embedded as subsets with Unicode encoding, so every character a region writes is
 * shown — Dutch accents, curly quotes and dashes, but also ł, ő, Greek or arrows — which the standard Helvetica in
 * WinAnsi encoding could not. The font files are read once per JVM.
 */
final class PdfFonts {

    static final Color DARK_BLUE = new Color(0x1F, 0x38, 0x64);
    static final Color GREY = new Color(0x40, 0x40, 0x40);
    static final Color LINK = new Color(0x05, 0x63, 0xC1);
    static final float TEXT_SIZE = 10.5f;

    private static final BaseFont SANS = font("LiberationSans-Regular.ttf");
    private static final BaseFont SANS_BOLD = font("LiberationSans-Bold.ttf");
    private static final BaseFont SANS_ITALIC = font("LiberationSans-Italic.ttf");
    private static final BaseFont SANS_BOLD_ITALIC = font("LiberationSans-BoldItalic.ttf");
    private static final BaseFont MONO = font("LiberationMono-Regular.ttf");

    static final Font TITLE = sans(26, true, false, DARK_BLUE);
    static final Font SUBTITLE = sans(16, false, false, GREY);
    static final Font CHAPTER = sans(18, true, false, DARK_BLUE);
    static final Font HEADING_2 = sans(14, true, false, DARK_BLUE);
    static final Font HEADING_3 = sans(12, true, false, DARK_BLUE);
    static final Font TEXT = sans(TEXT_SIZE, false, false, null);
    static final Font SMALL = sans(8.5f, false, false, GREY);
    static final Font TABLE = sans(8.5f, false, false, null);
    static final Font TABLE_HEADER = sans(8.5f, true, false, null);
    static final Font CODE = new Font(MONO, 9);

    private PdfFonts() {}

    /** The text font (or, for code, the mono font) of the base font's size and colour with the requested emphasis. */
    static Font styled(Font base, boolean bold, boolean italic, boolean code) {
        if (code) {
            return new Font(MONO, base.getSize(), Font.NORMAL, base.getColor());
        }
        boolean strong = bold || base.getBaseFont() == SANS_BOLD || base.getBaseFont() == SANS_BOLD_ITALIC;
        return sans(base.getSize(), strong, italic, base.getColor());
    }

    private static Font sans(float size, boolean bold, boolean italic, Color color) {
        BaseFont face = bold ? (italic ? SANS_BOLD_ITALIC : SANS_BOLD) : italic ? SANS_ITALIC : SANS;
        return new Font(face, size, Font.NORMAL, color);
    }

    private static BaseFont font(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
