package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.db.Tables.REGION_AREA;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Which municipalities make up each region's area ({@code region_area}: one region per municipality at most). */
@Repository
class RegionAreas {

    private final DSLContext db;

    RegionAreas(DSLContext db) {
        this.db = db;
    }

    /** Area changes run one after the other (held until the transaction ends): the rules span regions. */
    void lock() {
        db.select(DSL.field("pg_advisory_xact_lock(hashtext('region-area'))")).fetch();
    }

    List<String> of(String regionId) {
        return db.select(REGION_AREA.MUNICIPALITY_CODE)
                .from(REGION_AREA)
                .where(REGION_AREA.REGION_ID.eq(regionId))
                .orderBy(REGION_AREA.MUNICIPALITY_CODE)
                .fetch(REGION_AREA.MUNICIPALITY_CODE);
    }

    /** Municipality code → region id, for every assigned municipality. */
    Map<String, String> all() {
        return db.select(REGION_AREA.MUNICIPALITY_CODE, REGION_AREA.REGION_ID)
                .from(REGION_AREA)
                .fetchMap(REGION_AREA.MUNICIPALITY_CODE, REGION_AREA.REGION_ID);
    }

    void remove(String regionId, Collection<String> codes) {
        if (!codes.isEmpty()) {
            db.deleteFrom(REGION_AREA)
                    .where(REGION_AREA.REGION_ID.eq(regionId), REGION_AREA.MUNICIPALITY_CODE.in(codes))
                    .execute();
        }
    }

    void add(String regionId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        var insert = db.insertInto(REGION_AREA, REGION_AREA.MUNICIPALITY_CODE, REGION_AREA.REGION_ID);
        for (String code : codes) {
            insert = insert.values(code, regionId);
        }
        insert.execute();
    }
}
