package nl.onderwijsregio.workspace.geo;

import static nl.onderwijsregio.db.Tables.GEO_RELEASE;
import static nl.onderwijsregio.db.Tables.MUNICIPALITY;
import static nl.onderwijsregio.db.Tables.MUNICIPALITY_ADJACENCY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The stored municipalities, their adjacency and the boundary years loaded. */
@Repository
class Municipalities {

    private final DSLContext db;

    Municipalities(DSLContext db) {
        this.db = db;
    }

    /** Serialises loaders of several instances starting at once (held until the transaction ends). */
    void lockForLoading() {
        db.select(DSL.field("pg_advisory_xact_lock(hashtext('municipality-import'))"))
                .fetch();
    }

    boolean loaded(int year) {
        return db.fetchExists(GEO_RELEASE, GEO_RELEASE.YEAR.eq(year));
    }

    Optional<Integer> newestYear() {
        return db.select(DSL.max(GEO_RELEASE.YEAR)).from(GEO_RELEASE).fetchOptional(0, Integer.class);
    }

    void store(BoundaryDerivation.Derived derived, Map<String, String> wkt) {
        for (Municipality m : derived.municipalities()) {
            var values = db.newRecord(MUNICIPALITY);
            values.setCode(m.code());
            values.setName(m.name());
            values.setYear(m.year());
            values.setProvinceCode(m.province() == null ? null : m.province().code());
            values.setProvinceName(m.province() == null ? null : m.province().name());
            values.setCoropCode(m.corop() == null ? null : m.corop().code());
            values.setCoropName(m.corop() == null ? null : m.corop().name());
            values.setLabourMarketCode(
                    m.labourMarket() == null ? null : m.labourMarket().code());
            values.setLabourMarketName(
                    m.labourMarket() == null ? null : m.labourMarket().name());
            values.setBoundaryWkt(wkt.get(m.code()));
            db.insertInto(MUNICIPALITY)
                    .set(values)
                    .onConflict(MUNICIPALITY.CODE)
                    .doUpdate()
                    .set(values)
                    .execute();
        }
        db.deleteFrom(MUNICIPALITY_ADJACENCY).execute();
        var insert = db.insertInto(
                MUNICIPALITY_ADJACENCY,
                MUNICIPALITY_ADJACENCY.MUNICIPALITY_A,
                MUNICIPALITY_ADJACENCY.MUNICIPALITY_B,
                MUNICIPALITY_ADJACENCY.KIND);
        for (Adjacency a : derived.adjacency()) {
            insert = insert.values(a.first(), a.second(), a.kind().name());
        }
        insert.execute();
        db.insertInto(GEO_RELEASE)
                .set(GEO_RELEASE.YEAR, derived.year())
                .set(
                        GEO_RELEASE.SUMMARY,
                        derived.municipalities().size() + " gemeenten, "
                                + derived.adjacency().size() + " grenzen")
                .execute();
    }

    List<Municipality> all() {
        return db.selectFrom(MUNICIPALITY).orderBy(MUNICIPALITY.NAME).fetch(Municipalities::toMunicipality);
    }

    List<Adjacency> adjacency() {
        return db.selectFrom(MUNICIPALITY_ADJACENCY)
                .fetch(r ->
                        new Adjacency(r.getMunicipalityA(), r.getMunicipalityB(), Adjacency.Kind.valueOf(r.getKind())));
    }

    Map<String, String> boundaries() {
        return db.select(MUNICIPALITY.CODE, MUNICIPALITY.BOUNDARY_WKT)
                .from(MUNICIPALITY)
                .fetchMap(MUNICIPALITY.CODE, MUNICIPALITY.BOUNDARY_WKT);
    }

    private static Municipality toMunicipality(Record r) {
        return new Municipality(
                r.get(MUNICIPALITY.CODE),
                r.get(MUNICIPALITY.NAME),
                r.get(MUNICIPALITY.YEAR),
                area(r.get(MUNICIPALITY.PROVINCE_CODE), r.get(MUNICIPALITY.PROVINCE_NAME)),
                area(r.get(MUNICIPALITY.COROP_CODE), r.get(MUNICIPALITY.COROP_NAME)),
                area(r.get(MUNICIPALITY.LABOUR_MARKET_CODE), r.get(MUNICIPALITY.LABOUR_MARKET_NAME)));
    }

    private static Municipality.@org.jspecify.annotations.Nullable Area area(String code, String name) {
        return code == null ? null : new Municipality.Area(code, name);
    }
}
