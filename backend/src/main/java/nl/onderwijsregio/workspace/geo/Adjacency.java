package nl.onderwijsregio.workspace.geo;

/** Two municipalities that touch, in canonical order ({@code first < second}). */
public record Adjacency(String first, String second, Kind kind) {

    /** How the two touch. */
    public enum Kind {
        /** They share a border (an arc of the TopoJSON). */
        BORDER,
        /** One is an island without land border, joined to the nearest municipality of its province with one. */
        ISLAND
    }

    public Adjacency {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("Adjacency must be in canonical order: " + first + ", " + second);
        }
    }

    static Adjacency of(String a, String b, Kind kind) {
        return a.compareTo(b) < 0 ? new Adjacency(a, b, kind) : new Adjacency(b, a, kind);
    }
}
