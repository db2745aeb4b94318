package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.REGISTER_ENTRY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The catalogue entries and register entries a finding points to: checked on writing (catalogue entries must exist,
 * register entries must be the own region's, which row-level security on the register decides) and named on reading.
 */
@Repository
class FindingLinks {

    private final DSLContext db;

    FindingLinks(DSLContext db) {
        this.db = db;
    }

    void check(FindingDraft draft) {
        if (!draft.catalogueEntryIds().isEmpty()
                && db.fetchCount(CATALOGUE_ENTRY, CATALOGUE_ENTRY.ID.in(draft.catalogueEntryIds()))
                        != draft.catalogueEntryIds().size()) {
            throw new FindingRuleException("findings.gekoppelde-catalogusbron-bestaat");
        }
        if (!draft.registerEntryIds().isEmpty()
                && db.fetchCount(
                                REGISTER_ENTRY,
                                REGISTER_ENTRY.ID.in(draft.registerEntryIds()).and(REGISTER_ENTRY.DELETED.isFalse()))
                        != draft.registerEntryIds().size()) {
            throw new FindingRuleException("findings.gekoppelde-registerregel-bestaat-eigen");
        }
    }

    /** Everything a finding of the active region can point to. */
    LinkOptions options() {
        Map<String, String> catalogue = new LinkedHashMap<>();
        db.select(CATALOGUE_ENTRY.ID, CATALOGUE_ENTRY.INFORMATION)
                .from(CATALOGUE_ENTRY)
                .where(CATALOGUE_ENTRY.RETIRED.isFalse())
                .orderBy(CATALOGUE_ENTRY.POSITION)
                .forEach(r -> catalogue.put(r.value1(), r.value2()));
        Map<Long, String> register = new LinkedHashMap<>();
        db.select(REGISTER_ENTRY.ID, REGISTER_ENTRY.WHAT)
                .from(REGISTER_ENTRY)
                .where(REGISTER_ENTRY.DELETED.isFalse())
                .orderBy(REGISTER_ENTRY.UPDATED_AT.desc())
                .limit(500)
                .forEach(r -> register.put(r.value1(), r.value2()));
        return new LinkOptions(catalogue, register);
    }

    /** Catalogue entries by id with their description, in the finding's order. */
    Map<String, String> catalogue(List<String> ids) {
        Map<String, String> found = db.select(CATALOGUE_ENTRY.ID, CATALOGUE_ENTRY.INFORMATION)
                .from(CATALOGUE_ENTRY)
                .where(CATALOGUE_ENTRY.ID.in(ids))
                .fetchMap(CATALOGUE_ENTRY.ID, CATALOGUE_ENTRY.INFORMATION);
        Map<String, String> ordered = new LinkedHashMap<>();
        ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    /** The own region's register entries by id with what they are; other regions' ids find nothing. */
    Map<Long, String> register(List<Long> ids) {
        Map<Long, String> found = db.select(REGISTER_ENTRY.ID, REGISTER_ENTRY.WHAT)
                .from(REGISTER_ENTRY)
                .where(REGISTER_ENTRY.ID.in(ids), REGISTER_ENTRY.DELETED.isFalse())
                .fetchMap(REGISTER_ENTRY.ID, REGISTER_ENTRY.WHAT);
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }
}
