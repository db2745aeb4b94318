package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.db.Tables.REGION;
import static nl.onderwijsregio.db.Tables.REGION_NEIGHBOUR;
import static nl.onderwijsregio.db.Tables.REGION_NEIGHBOUR_PAIR;
import static nl.onderwijsregio.db.Tables.USER_PREFERENCE;
import static nl.onderwijsregio.workspace.database.TypedColumns.value;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.EnumConverter;
import org.springframework.stereotype.Repository;

/** The region table and its neighbour pairs. */
@Repository
class Regions {

    /** The kind column, typed (the generated classes only know its text). */
    private static final Field<RegionKind> KIND =
            REGION.KIND.convert(new EnumConverter<>(String.class, RegionKind.class));

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

    List<Region> byIds(Collection<String> ids) {
        return db.selectFrom(REGION).where(REGION.ID.in(ids)).fetch(Regions::toRegion);
    }

    List<Region> neighboursOf(String id) {
        return db.select(REGION.fields())
                .from(REGION)
                .join(REGION_NEIGHBOUR_PAIR)
                .on(REGION_NEIGHBOUR_PAIR.NEIGHBOUR_ID.eq(REGION.ID))
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
                .set(KIND, region.kind())
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

    void rename(String id, String name) {
        db.update(REGION).set(REGION.NAME, name).where(REGION.ID.eq(id)).execute();
    }

    void setActive(String id, boolean active) {
        db.update(REGION).set(REGION.ACTIVE, active).where(REGION.ID.eq(id)).execute();
    }

    int delete(NeighbourPair pair) {
        return db.deleteFrom(REGION_NEIGHBOUR)
                .where(REGION_NEIGHBOUR.REGION_A.eq(pair.first()), REGION_NEIGHBOUR.REGION_B.eq(pair.second()))
                .execute();
    }

    java.util.Optional<String> lastRegionOf(String username) {
        return db.select(USER_PREFERENCE.LAST_REGION_ID)
                .from(USER_PREFERENCE)
                .where(USER_PREFERENCE.USERNAME.eq(username))
                .fetchOptional(USER_PREFERENCE.LAST_REGION_ID);
    }

    void rememberLastRegion(String username, String regionId) {
        db.insertInto(USER_PREFERENCE)
                .set(USER_PREFERENCE.USERNAME, username)
                .set(USER_PREFERENCE.LAST_REGION_ID, regionId)
                .onConflict(USER_PREFERENCE.USERNAME)
                .doUpdate()
                .set(USER_PREFERENCE.LAST_REGION_ID, regionId)
                .set(USER_PREFERENCE.UPDATED_AT, java.time.OffsetDateTime.now())
                .execute();
    }

    private static Region toRegion(Record r) {
        return new Region(
                r.get(REGION.ID), r.get(REGION.NAME), value(r, KIND), r.get(REGION.ACTIVE), r.get(REGION.DEMO));
    }
}
