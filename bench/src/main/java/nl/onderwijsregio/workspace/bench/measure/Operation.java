package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * A key operation of the workspace, measured three ways: through the app's real service, as the same answer in raw
 * SQL over JDBC as the application role (row-level security applies: the floor), and as those statements with an
 * explicit region predicate as the superuser (no row-level security). To add one: implement this and list it in
 * {@link Operations#all()}.
 */
public interface Operation {

    /** Short name in the results, e.g. {@code register page}. */
    String name();

    /** What is measured, in one line, for the report. */
    String description();

    /**
     * The answer through the app's own service bean(s); runs as {@code sample.user()}, lead of
     * {@code sample.region()}, with that region active (as the web layer sets it up).
     */
    Object app(ApplicationContext beans, Sample sample);

    /**
     * The same answer as raw statements, run in one read-only transaction as the application role with
     * {@code app.region_id} set to the sample's region and {@code app.username} to the sample's user.
     */
    List<Sql> floor(Sample sample);

    /**
     * The floor's statements with an explicit {@code region_id = ?} where the app relies on row-level security, run as
     * the superuser (which bypasses it); empty when the operation reads no region-scoped table.
     */
    List<Sql> withoutRls(Sample sample);

    /**
     * Whether the operation is national (the Realisatie-Eenheid's coverage): the app part then runs as national staff
     * without an active region, and the floor as the application role with {@code app.scope = 'national'} and no
     * region instead of {@code app.region_id}.
     */
    default boolean national() {
        return false;
    }

    /**
     * The p95 latency target in milliseconds (at scale 10 on 2 cores; issue 22: 20 ms for the key region operations);
     * NaN: measured for information only.
     */
    default double p95TargetMillis() {
        return 20;
    }

    /**
     * Whether the operation writes (e.g. a chapter save): its floor then runs on a write-capable application-role
     * connection (still one transaction, row-level security applies) and it has no no-RLS variant.
     */
    default boolean writes() {
        return false;
    }

    /**
     * Whether app / floor is held to its target. Not for operations whose work is mostly outside the database (an
     * export renders a document; its floor is only the reads).
     */
    default boolean appOverFloorChecked() {
        return true;
    }

    /** Why there is no no-RLS figure, for the report, when {@link #withoutRls} is empty. */
    default String withoutRlsNote() {
        return writes() ? "a write" : "not region-scoped";
    }
}
