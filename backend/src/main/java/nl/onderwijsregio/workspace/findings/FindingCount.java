package nl.onderwijsregio.workspace.findings;

/**
 * How many findings a list holds: exactly {@code value}, or, for a text search with more hits than are counted
 * ({@link FindingService#SEARCH_COUNT_CAP}), more than {@code value}.
 */
public record FindingCount(int value, boolean exact) {

    public static FindingCount exactly(int value) {
        return new FindingCount(value, true);
    }

    /** Whether there are findings beyond the first {@code shown}. */
    public boolean moreThan(int shown) {
        return !exact || shown < value;
    }
}
