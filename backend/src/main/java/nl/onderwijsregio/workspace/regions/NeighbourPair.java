package nl.onderwijsregio.workspace.regions;

/** Two neighbouring regions (aanpalende regio's), in canonical order: {@code first < second}. */
public record NeighbourPair(String first, String second) {

    public NeighbourPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("Neighbour pair must be in canonical order: " + first + ", " + second);
        }
    }

    /** The pair of two different regions, in canonical order. */
    public static NeighbourPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new NeighbourPair(a, b) : new NeighbourPair(b, a);
    }
}
