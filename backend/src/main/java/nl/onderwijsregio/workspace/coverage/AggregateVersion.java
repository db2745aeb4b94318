package nl.onderwijsregio.workspace.coverage;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The data version of the national aggregates (V31: bumped in every transaction that writes a table they read), with
 * the database's current month, which the trend runs up to.
 */
@Repository
class AggregateVersion {

    /** What an aggregate computed now depends on besides its inputs. */
    record Version(long number, LocalDate month) {}

    private final DSLContext db;

    AggregateVersion(DSLContext db) {
        this.db = db;
    }

    Version current() {
        Record2<Long, LocalDate> r = db.select(
                        DSL.field("version", SQLDataType.BIGINT),
                        DSL.field("date_trunc('month', current_date)::date", SQLDataType.LOCALDATE))
                .from(DSL.table("aggregate_version"))
                .fetchSingle();
        return new Version(r.value1(), r.value2());
    }
}
