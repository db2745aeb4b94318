package nl.onderwijsregio.workspace.bench.measure;

import java.util.ArrayList;
import java.util.List;

/** The key operations the benchmark measures, in report order. */
public final class Operations {

    private Operations() {}

    public static List<Operation> all() {
        List<Operation> all = new ArrayList<>(
                List.of(new CatalogueSearch(), new RegisterPage(), new NeighbourFeed(), new PriorityCompare()));
        all.addAll(CoverageAggregate.all());
        return List.copyOf(all);
    }
}
