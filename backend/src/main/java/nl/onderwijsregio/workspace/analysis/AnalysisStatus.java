package nl.onderwijsregio.workspace.analysis;

/**
 * Where an analysis stands. A concept is written; ter bespreking the region's people comment per chapter; the lead
 * establishes it (vastgesteld): a frozen, numbered release. A change after that starts the next version as a concept.
 */
public enum AnalysisStatus {
    CONCEPT("Concept"),
    TER_BESPREKING("Ter bespreking"),
    VASTGESTELD("Vastgesteld");

    private final String label;

    AnalysisStatus(String label) {
        this.label = label;
    }

    /** The Dutch name for screens, documents and messages. */
    public String label() {
        return label;
    }
}
