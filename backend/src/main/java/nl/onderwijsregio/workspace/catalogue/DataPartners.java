package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.CATALOGUE_RELEASE;
import static nl.onderwijsregio.db.Tables.DATA_PARTNER;
import static org.jooq.impl.DSL.count;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The data_partner table and the catalogue's release (version and date shown to users). */
@Repository
class DataPartners {

    private final DSLContext db;

    DataPartners(DSLContext db) {
        this.db = db;
    }

    List<DataPartner> all() {
        return db.select(DATA_PARTNER.fields())
                .select(count(CATALOGUE_ENTRY.ID))
                .from(DATA_PARTNER)
                .leftJoin(CATALOGUE_ENTRY)
                .on(CATALOGUE_ENTRY.PARTNER_ID.eq(DATA_PARTNER.ID).and(CATALOGUE_ENTRY.RETIRED.isFalse()))
                .groupBy(DATA_PARTNER.fields())
                .orderBy(DATA_PARTNER.POSITION)
                .fetch(DataPartners::toPartner);
    }

    Optional<DataPartner> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    void update(String id, PartnerChange change, String actor) {
        db.update(DATA_PARTNER)
                .set(DATA_PARTNER.NAME, change.name())
                .set(DATA_PARTNER.DESCRIPTION, change.description())
                .set(DATA_PARTNER.ACCESS, change.access())
                .set(DATA_PARTNER.BREAKDOWN, change.breakdown())
                .set(DATA_PARTNER.LINK, change.link())
                .set(DATA_PARTNER.ORGANISATION_IRI, change.organisationIri())
                .set(DATA_PARTNER.CONTACT_EMAIL, change.contactEmail())
                .set(DATA_PARTNER.LICENCE, change.licence())
                .set(DATA_PARTNER.UPDATED_AT, java.time.OffsetDateTime.now())
                .set(DATA_PARTNER.UPDATED_BY, actor)
                .where(DATA_PARTNER.ID.eq(id))
                .execute();
    }

    void setRetired(String id, boolean retired, String actor) {
        db.update(DATA_PARTNER)
                .set(DATA_PARTNER.RETIRED, retired)
                .set(DATA_PARTNER.UPDATED_AT, java.time.OffsetDateTime.now())
                .set(DATA_PARTNER.UPDATED_BY, actor)
                .where(DATA_PARTNER.ID.eq(id))
                .execute();
    }

    Optional<CatalogueRelease> release() {
        return db.selectFrom(CATALOGUE_RELEASE)
                .orderBy(CATALOGUE_RELEASE.LOADED_AT.desc())
                .limit(1)
                .fetchOptional(r -> new CatalogueRelease(r.getVersion(), r.getTitle(), r.getPublished()));
    }

    private static DataPartner toPartner(Record r) {
        return new DataPartner(
                r.get(DATA_PARTNER.ID),
                r.get(DATA_PARTNER.POSITION),
                r.get(DATA_PARTNER.NAME),
                r.get(DATA_PARTNER.DESCRIPTION),
                r.get(DATA_PARTNER.ACCESS),
                r.get(DATA_PARTNER.BREAKDOWN),
                r.get(DATA_PARTNER.LINK),
                r.get(DATA_PARTNER.RETIRED),
                r.get(count(CATALOGUE_ENTRY.ID)),
                r.get(DATA_PARTNER.ORGANISATION_IRI),
                r.get(DATA_PARTNER.CONTACT_EMAIL),
                r.get(DATA_PARTNER.LICENCE));
    }
}
