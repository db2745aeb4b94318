package nl.onderwijsregio.workspace.coverage;

/** The tables of the national overview that can be downloaded; the file name comes from {@link #fileName()}. */
public enum CoverageTable {
    MATRIX("dekking-per-regio-en-thema"),
    SOURCES("gesloten-data-per-bron"),
    UNUSED_ENTRIES("ongebruikte-bronnen"),
    WITHOUT_RECEIVED("regios-zonder-ontvangen-data"),
    INACTIVE("regios-zonder-activiteit"),
    PRIORITIES("prioriteiten-landelijk"),
    FINDINGS("bevindingen-landelijk"),
    TREND("trend-per-maand"),
    ANALYSES("analyses-per-regio");

    private final String fileName;

    CoverageTable(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
