package nl.onderwijsregio.workspace.analysis.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real Word numbering for bullet and numbered lists: one abstract definition per kind, and a new list instance for
 * every Markdown list with a start override, so each numbered list starts at its own number instead of continuing the
 * previous one.
 */
final class DocxNumbering {

    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final BigInteger bullet;
    private final BigInteger decimal;

    DocxNumbering(XWPFDocument doc) {
        numbering = doc.createNumbering();
        bullet = define(0, false);
        decimal = define(1, true);
    }

    /** A new list of the given kind whose items at {@code level} (0-based) start at {@code start}. */
    BigInteger newList(boolean ordered, int level, int start) {
        BigInteger numId = numbering.addNum(ordered ? decimal : bullet);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return numId;
    }

    /** The left indent of list text at the level, for the further paragraphs of an item. */
    static int indent(int level) {
        return 720 * (level + 1);
    }

    private BigInteger define(int id, boolean ordered) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? "%" + (level + 1) + "." : BULLETS[level % BULLETS.length]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(indent(level)));
            ind.setHanging(BigInteger.valueOf(360));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }
}
