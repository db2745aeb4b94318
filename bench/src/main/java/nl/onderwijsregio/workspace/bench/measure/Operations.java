package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;

/** The key operations the benchmark measures, in report order. */
public final class Operations {

    private Operations() {
    }

    public static List<Operation> all() {
        return List.of(new CatalogueSearch(), new RegisterPage(),
                new NeighbourFeed(), new PriorityCompare());
    }
}
