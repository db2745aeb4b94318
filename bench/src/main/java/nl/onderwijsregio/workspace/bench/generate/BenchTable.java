package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One table of the benchmark data set. To add a table: implement this (rows from the {@link World}, in the order of
 * {@link #columns()}) and list it in {@link DataGenerator#TABLES} after the tables it refers to.
 */
public interface BenchTable {

    /** The table's name in the schema. */
    String table();

    /** The columns the rows fill, in order (identity and defaulted columns may be left out). */
    List<String> columns();

    /** Writes the rows; {@code random} is seeded per table, so a table's rows do not depend on the others. */
    void rows(World world, SplittableRandom random, Rows out) throws IOException;

    /** Statements run as the superuser after this table is loaded, e.g. rows derived in SQL (history). */
    default List<String> afterLoad() {
        return List.of();
    }
}
