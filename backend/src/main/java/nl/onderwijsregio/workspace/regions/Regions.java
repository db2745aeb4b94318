package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.db.Tables.REGION;
import static nl.onderwijsregio.db.Tables.REGION_NEIGHBOUR;
import static nl.onderwijsregio.db.Tables.REGION_NEIGHBOUR_PAIR;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The region table and its neighbour pairs. */
@Repository
class Regions {

    private final DSLContext db;

    Regions(DSLContext db) {
        this.db = db;
    }

    List<Region> all() {
        return db.selectFrom(REGION).orderBy(REGION.NAME).fetch(Regions::toRegion);
    }

    Optional<Region> byId(String id) {
        return db.selectFrom(REGION).where(REGION.ID.eq(id)).fetchOptional(Regions::toRegion);
    }

    List<Region> neighboursOf(String id) {
        return db.select(REGION.fields()).from(REGION)
                .join(REGION_NEIGHBOUR_PAIR).on(REGION_NEIGHBOUR_PAIR.NEIGHBOUR_ID.eq(REGION.ID))
                .where(REGION_NEIGHBOUR_PAIR.REGION_ID.eq(id))
                .orderBy(REGION.NAME)
                .fetch(r -> toRegion(r.into(REGION)));
    }

    List<NeighbourPair> neighbourPairs() {
        return db.selectFrom(REGION_NEIGHBOUR)
                .orderBy(REGION_NEIGHBOUR.REGION_A, REGION_NEIGHBOUR.REGION_B)
                .fetch(r -> new NeighbourPair(r.getRegionA(), r.getRegionB()));
    }

    int count() {
        return db.fetchCount(REGION);
    }

    void insert(Region region) {
        db.insertInto(REGION)
                .set(REGION.ID, region.id())
                .set(REGION.NAME, region.name())
                .set(REGION.KIND, region.kind().name())
                .set(REGION.ACTIVE, region.active())
                .set(REGION.DEMO, region.demo())
                .execute();
    }

    void insert(NeighbourPair pair) {
        db.insertInto(REGION_NEIGHBOUR)
                .set(REGION_NEIGHBOUR.REGION_A, pair.first())
                .set(REGION_NEIGHBOUR.REGION_B, pair.second())
                .execute();
    }

    private static Region toRegion(Record r) {
        return new Region(r.get(REGION.ID), r.get(REGION.NAME), RegionKind.valueOf(r.get(REGION.KIND)),
                r.get(REGION.ACTIVE), r.get(REGION.DEMO));
    }
}
