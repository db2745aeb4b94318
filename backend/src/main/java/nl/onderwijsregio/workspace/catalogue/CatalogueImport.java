package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_CHANGE;
import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.CATALOGUE_RELEASE;
import static nl.onderwijsregio.db.Tables.DATA_PARTNER;

import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.workspace.catalogue.source.CuratedCatalogue;
import nl.onderwijsregio.workspace.catalogue.source.CuratedEntry;
import nl.onderwijsregio.workspace.catalogue.source.CuratedPartner;
import nl.onderwijsregio.workspace.catalogue.source.Derivation;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the curated catalogue file into PostgreSQL at startup, idempotently: rows that exist are left alone (so the
 * catalogue maintainer's edits survive), new rows of a newer curated version are added, each release once (also when
 * several instances start at the same time).
 */
@Component
@Order(10)
class CatalogueImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);
    /** Codes in arrays are kept in alphabetical order, as the maintenance screen writes them. */
    private static final Comparator<Enum<?>> BY_CODE = Comparator.comparing(Enum::name);

    private final DSLContext db;
    private final Tenancy tenancy;

    CatalogueImport(DSLContext db, Tenancy tenancy) {
        this.db = db;
        this.tenancy = tenancy;
    }

    @Override
    public void run(ApplicationArguments args) {
        CuratedCatalogue curated = CuratedCatalogue.load();
        tenancy.withoutRegion(() -> load(curated));
    }

    void load(CuratedCatalogue curated) {
        // Instances starting together on one database import one after the other: the second then finds the release.
        db.execute("select pg_advisory_xact_lock(hashtext('workspace.catalogue-import'))");
        if (db.fetchExists(CATALOGUE_RELEASE, CATALOGUE_RELEASE.VERSION.eq(curated.version()))) {
            return;
        }
        int partners = 0;
        List<CuratedPartner> partnerList = curated.partners();
        for (int i = 0; i < partnerList.size(); i++) {
            CuratedPartner p = partnerList.get(i);
            partners += db.insertInto(DATA_PARTNER)
                    .set(DATA_PARTNER.ID, p.id())
                    .set(DATA_PARTNER.POSITION, i + 1)
                    .set(DATA_PARTNER.NAME, p.name())
                    .set(DATA_PARTNER.DESCRIPTION, p.description())
                    .set(CatalogueColumns.PARTNER_ACCESS, p.access())
                    .set(DATA_PARTNER.BREAKDOWN, p.breakdown())
                    .set(DATA_PARTNER.LINK, p.link())
                    .set(DATA_PARTNER.LICENCE, p.licence())
                    .onConflictDoNothing()
                    .execute();
        }
        int entries = 0;
        List<CuratedEntry> entryList = curated.entries();
        for (int i = 0; i < entryList.size(); i++) {
            CuratedEntry e = entryList.get(i);
            entries += db.insertInto(CATALOGUE_ENTRY)
                    .set(CATALOGUE_ENTRY.ID, e.id())
                    .set(CATALOGUE_ENTRY.POSITION, i + 1)
                    .set(CatalogueColumns.THEME, theme(e))
                    .set(CATALOGUE_ENTRY.SUB_THEME, e.subTheme())
                    .set(CATALOGUE_ENTRY.INFORMATION, e.information())
                    .set(CATALOGUE_ENTRY.SOURCE, e.source())
                    .set(CATALOGUE_ENTRY.LEVEL, e.level())
                    .set(CATALOGUE_ENTRY.LINK, e.link())
                    .set(CATALOGUE_ENTRY.NAVIGATION_HINT, e.navigationHint())
                    .set(CATALOGUE_ENTRY.SAME_AS, e.sameAs())
                    .set(CatalogueColumns.ACCESS, Derivation.access(e))
                    .set(
                            CatalogueColumns.SECTORS,
                            Derivation.sectors(e).stream().sorted(BY_CODE).toArray(Sector[]::new))
                    .set(
                            CatalogueColumns.GRANULARITIES,
                            Derivation.granularities(e).stream().sorted(BY_CODE).toArray(Granularity[]::new))
                    .set(
                            CATALOGUE_ENTRY.PARTNER_ID,
                            Derivation.partnerId(e, partnerList).orElse(null))
                    .onConflictDoNothing()
                    .execute();
        }
        db.insertInto(CATALOGUE_RELEASE)
                .set(CATALOGUE_RELEASE.VERSION, curated.version())
                .set(CATALOGUE_RELEASE.TITLE, curated.title())
                .execute();
        db.insertInto(CATALOGUE_CHANGE)
                .set(CATALOGUE_CHANGE.ACTOR, "import")
                .set(CATALOGUE_CHANGE.SUBJECT, "catalogue")
                .set(CATALOGUE_CHANGE.ACTION, "RELEASE_IMPORTED")
                .set(
                        CATALOGUE_CHANGE.SUMMARY,
                        nl.onderwijsregio.workspace.messages.Message.of(
                                        "catalogue.import.summary",
                                        curated.title(),
                                        curated.version(),
                                        partners,
                                        entries)
                                .dutch())
                .execute();
        log.info("Catalogue {} imported: {} partners and {} entries added", curated.version(), partners, entries);
    }

    /** The entry's theme in the shared vocabulary; a curated file with another theme is refused. */
    private static Theme theme(CuratedEntry e) {
        return Theme.labelled(e.theme())
                .orElseThrow(() -> new IllegalStateException(
                        "Catalogue entry " + e.id() + " has a theme outside the vocabulary: " + e.theme()));
    }
}
