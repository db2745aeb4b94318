package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.db.Tables.REGION_PROFILE;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The region_profile tenant table; row-level security limits every statement to the active region. */
@Repository
class RegionProfiles {

    private final DSLContext db;

    RegionProfiles(DSLContext db) {
        this.db = db;
    }

    Optional<RegionProfile> current() {
        return db.selectFrom(REGION_PROFILE)
                .where(REGION_PROFILE.REGION_ID.eq(DSL.field("current_region_id()", String.class)))
                .fetchOptional(r -> new RegionProfile(
                        r.getIntroduction(), r.getWebsite(), r.getContactEmail(), r.getUpdatedAt(), r.getUpdatedBy()));
    }

    void save(String regionId, ProfileChange change, String actor) {
        db.insertInto(REGION_PROFILE)
                .set(REGION_PROFILE.REGION_ID, regionId)
                .set(REGION_PROFILE.INTRODUCTION, change.introduction())
                .set(REGION_PROFILE.WEBSITE, change.website())
                .set(REGION_PROFILE.CONTACT_EMAIL, change.contactEmail())
                .set(REGION_PROFILE.UPDATED_BY, actor)
                .onConflict(REGION_PROFILE.REGION_ID)
                .doUpdate()
                .set(REGION_PROFILE.INTRODUCTION, change.introduction())
                .set(REGION_PROFILE.WEBSITE, change.website())
                .set(REGION_PROFILE.CONTACT_EMAIL, change.contactEmail())
                .set(REGION_PROFILE.UPDATED_BY, actor)
                .set(REGION_PROFILE.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    int delete() {
        return db.deleteFrom(REGION_PROFILE).execute();
    }
}
