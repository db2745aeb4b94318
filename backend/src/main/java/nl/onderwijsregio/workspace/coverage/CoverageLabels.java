package nl.onderwijsregio.workspace.coverage;

/** Dutch labels for the region kinds the aggregate functions return. */
public final class CoverageLabels {

    private CoverageLabels() {}

    public static String regionKind(String kind) {
        return "NATIONAL".equals(kind) ? "Landelijk" : "Geografisch";
    }
}
