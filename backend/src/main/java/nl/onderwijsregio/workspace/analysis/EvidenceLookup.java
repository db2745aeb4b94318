package nl.onderwijsregio.workspace.analysis;

import static nl.onderwijsregio.db.Tables.ANALYSIS_CHAPTER;
import static nl.onderwijsregio.db.Tables.ANALYSIS_EVIDENCE;
import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.DATA_PARTNER;
import static nl.onderwijsregio.db.Tables.FINDING;
import static nl.onderwijsregio.db.Tables.PRIORITY;
import static nl.onderwijsregio.db.Tables.REGION;
import static nl.onderwijsregio.db.Tables.REGION_NEIGHBOUR_PAIR;
import static nl.onderwijsregio.db.Tables.REGISTER_ENTRY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.analysis.document.CatalogueSource;
import nl.onderwijsregio.workspace.analysis.document.ClosedSource;
import nl.onderwijsregio.workspace.register.AgreementType;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Looks evidence up by its references and finds what a chapter could use. What can be found is what row-level
 * security lets the region read: the catalogue, its own register and findings, published priorities.
 */
@Repository
class EvidenceLookup {

    private static final int SUGGESTIONS = 12;
    private static final org.jooq.Field<String> CURRENT_REGION =
            DSL.field("(select current_region_id())", String.class);

    private final DSLContext db;

    EvidenceLookup(DSLContext db) {
        this.db = db;
    }

    /** The evidence found for {@code refs}; references to nothing readable are absent from the answer. */
    Map<EvidenceRef, Evidence> resolve(Collection<EvidenceRef> refs) {
        Map<EvidenceRef, Evidence> found = new HashMap<>();
        Map<EvidenceKind, Set<String>> byKind = refs.stream()
                .collect(Collectors.groupingBy(
                        EvidenceRef::kind, Collectors.mapping(EvidenceRef::ref, Collectors.toSet())));
        byKind.forEach((kind, ids) -> {
            List<Evidence> evidence = switch (kind) {
                case CATALOGUE -> sources(CATALOGUE_ENTRY.ID.in(ids), ids.size());
                // closed data the region obtained: received (and possibly deleted since, after use)
                case REGISTER ->
                    closedData(
                            REGISTER_ENTRY.ID.in(numbers(ids)).and(REGISTER_ENTRY.RECEIVED_ON.isNotNull()), ids.size());
                // the region's own findings only: one a neighbour shared with it would otherwise be written out in a
                // release that this region may share with others
                case FINDING ->
                    findings(FINDING.ID.in(numbers(ids)).and(FINDING.REGION_ID.eq(CURRENT_REGION)), ids.size());
                case PRIORITY -> priorities(PRIORITY.ID.in(numbers(ids)), ids.size());
            };
            evidence.forEach(e -> found.put(e.ref(), e));
        });
        return found;
    }

    ChapterSuggestions suggestions(long analysisId, long chapterId, ChapterThemes themes) {
        if (themes.isEmpty()) {
            return new ChapterSuggestions(List.of(), List.of(), List.of(), List.of());
        }
        Condition catalogueThemes = covered(themes, CATALOGUE_ENTRY.THEME, CATALOGUE_ENTRY.SUB_THEME, true);
        return new ChapterSuggestions(
                sources(
                        catalogueThemes
                                .and(CATALOGUE_ENTRY.RETIRED.isFalse())
                                .and(CATALOGUE_ENTRY.ID.notIn(usedInAnalysis(analysisId, EvidenceKind.CATALOGUE))),
                        SUGGESTIONS),
                closedData(
                        REGISTER_ENTRY
                                .RECEIVED_ON
                                .isNotNull()
                                .and(REGISTER_ENTRY.STATUS.eq(RegisterStatus.ONTVANGEN.name()))
                                .and(REGISTER_ENTRY.CATALOGUE_ENTRY_ID.in(DSL.select(CATALOGUE_ENTRY.ID)
                                        .from(CATALOGUE_ENTRY)
                                        .where(catalogueThemes)))
                                .and(DSL.cast(REGISTER_ENTRY.ID, String.class)
                                        .notIn(attached(chapterId, EvidenceKind.REGISTER))),
                        SUGGESTIONS),
                findings(
                        FINDING.REGION_ID
                                .eq(CURRENT_REGION)
                                .and(covered(themes, FINDING.THEME, FINDING.SUB_THEME, true))
                                .and(DSL.cast(FINDING.ID, String.class)
                                        .notIn(attached(chapterId, EvidenceKind.FINDING))),
                        SUGGESTIONS),
                priorities(
                        PRIORITY.PUBLISHED
                                .isTrue()
                                .and(covered(themes, PRIORITY.THEME, PRIORITY.SUB_THEME, false))
                                .and(PRIORITY.REGION_ID.in(DSL.select(REGION_NEIGHBOUR_PAIR.NEIGHBOUR_ID)
                                        .from(REGION_NEIGHBOUR_PAIR)
                                        .where(REGION_NEIGHBOUR_PAIR.REGION_ID.eq(CURRENT_REGION))))
                                .and(DSL.cast(PRIORITY.ID, String.class)
                                        .notIn(attached(chapterId, EvidenceKind.PRIORITY))),
                        SUGGESTIONS));
    }

    /**
     * Items of the chapter's themes; where the chapter names some of a theme's sub-themes, the theme's items of its
     * other sub-themes are left out (items without one, or with a catalogue grouping such as "Overkoepelend", stay).
     * The catalogue and findings store the Dutch names, priorities the codes ({@code byLabel} says which).
     */
    private static Condition covered(
            ChapterThemes themes, Field<String> theme, Field<String> subTheme, boolean byLabel) {
        List<Condition> any = new ArrayList<>();
        for (Theme t : themes.themes()) {
            Condition ofTheme = theme.eq(byLabel ? t.label() : t.name());
            List<SubTheme> narrowed = themes.narrowing(t);
            if (!narrowed.isEmpty()) {
                List<String> others = t.subThemes().stream()
                        .filter(s -> !narrowed.contains(s))
                        .flatMap(s -> byLabel ? spellings(s).stream() : java.util.stream.Stream.of(s.name()))
                        .toList();
                if (!others.isEmpty()) {
                    ofTheme = ofTheme.and(subTheme.isNull().or(subTheme.notIn(others)));
                }
            }
            any.add(ofTheme);
        }
        return DSL.or(any);
    }

    /** The Dutch name of a sub-theme, and how the Handreiking's catalogue spells it where that differs. */
    private static List<String> spellings(SubTheme subTheme) {
        return subTheme == SubTheme.MATCHEN ? List.of(subTheme.label(), "Matches") : List.of(subTheme.label());
    }

    private org.jooq.Select<org.jooq.Record1<String>> usedInAnalysis(long analysisId, EvidenceKind kind) {
        return DSL.select(ANALYSIS_EVIDENCE.REF)
                .from(ANALYSIS_EVIDENCE)
                .join(ANALYSIS_CHAPTER)
                .on(ANALYSIS_CHAPTER.ID.eq(ANALYSIS_EVIDENCE.CHAPTER_ID))
                .where(
                        ANALYSIS_CHAPTER.ANALYSIS_ID.eq(analysisId),
                        ANALYSIS_CHAPTER.REMOVED.isFalse(),
                        ANALYSIS_EVIDENCE.KIND.eq(kind.name()));
    }

    private org.jooq.Select<org.jooq.Record1<String>> attached(long chapterId, EvidenceKind kind) {
        return DSL.select(ANALYSIS_EVIDENCE.REF)
                .from(ANALYSIS_EVIDENCE)
                .where(ANALYSIS_EVIDENCE.CHAPTER_ID.eq(chapterId), ANALYSIS_EVIDENCE.KIND.eq(kind.name()));
    }

    private List<Evidence> sources(Condition where, int limit) {
        return db.select(
                        CATALOGUE_ENTRY.ID,
                        CATALOGUE_ENTRY.INFORMATION,
                        DSL.coalesce(DATA_PARTNER.NAME, CATALOGUE_ENTRY.SOURCE))
                .from(CATALOGUE_ENTRY)
                .leftJoin(DATA_PARTNER)
                .on(DATA_PARTNER.ID.eq(CATALOGUE_ENTRY.PARTNER_ID))
                .where(where)
                .orderBy(CATALOGUE_ENTRY.POSITION)
                .limit(limit)
                .fetch(r -> new Evidence(new EvidenceRef(EvidenceKind.CATALOGUE, r.value1()), r.value2(), r.value3()));
    }

    private List<Evidence> closedData(Condition where, int limit) {
        return db.select(
                        REGISTER_ENTRY.ID,
                        REGISTER_ENTRY.WHAT,
                        CATALOGUE_ENTRY.INFORMATION,
                        REGISTER_ENTRY.SOURCE_TEXT,
                        REGISTER_ENTRY.HOLDER_KIND,
                        REGISTER_ENTRY.STATUS)
                .from(REGISTER_ENTRY)
                .leftJoin(CATALOGUE_ENTRY)
                .on(CATALOGUE_ENTRY.ID.eq(REGISTER_ENTRY.CATALOGUE_ENTRY_ID))
                .where(where.and(REGISTER_ENTRY.DELETED.isFalse()))
                .orderBy(REGISTER_ENTRY.UPDATED_AT.desc(), REGISTER_ENTRY.ID.desc())
                .limit(limit)
                .fetch(r -> {
                    String source = r.value3() != null ? r.value3() : r.value4() != null ? r.value4() : "";
                    String label = source.isBlank() ? r.value2() : source + ": " + shorten(r.value2(), 90);
                    String detail = HolderKind.valueOf(r.value5()).label() + " · "
                            + RegisterStatus.valueOf(r.value6()).label().toLowerCase();
                    return new Evidence(
                            new EvidenceRef(EvidenceKind.REGISTER, String.valueOf(r.value1())), label, detail);
                });
    }

    private List<Evidence> findings(Condition where, int limit) {
        return db.select(FINDING.ID, FINDING.TITLE, REGION.NAME, FINDING.THEME)
                .from(FINDING)
                .join(REGION)
                .on(REGION.ID.eq(FINDING.REGION_ID))
                .where(where.and(FINDING.DELETED.isFalse()))
                .orderBy(FINDING.UPDATED_AT.desc(), FINDING.ID.desc())
                .limit(limit)
                .fetch(r -> new Evidence(
                        new EvidenceRef(EvidenceKind.FINDING, String.valueOf(r.value1())),
                        r.value2(),
                        "bevinding " + r.value3() + ", " + r.value4().toLowerCase()));
    }

    private List<Evidence> priorities(Condition where, int limit) {
        return db.select(PRIORITY.ID, PRIORITY.TITLE, REGION.NAME, PRIORITY.RANK)
                .from(PRIORITY)
                .join(REGION)
                .on(REGION.ID.eq(PRIORITY.REGION_ID))
                .where(where)
                .orderBy(REGION.NAME, PRIORITY.RANK)
                .limit(limit)
                .fetch(r -> new Evidence(
                        new EvidenceRef(EvidenceKind.PRIORITY, String.valueOf(r.value1())),
                        r.value2(),
                        "prioriteit " + r.value4() + " van " + r.value3()));
    }

    /** Every catalogue entry, as the source account needs it. */
    List<CatalogueSource> catalogue() {
        return db.select(
                        CATALOGUE_ENTRY.ID,
                        CATALOGUE_ENTRY.POSITION,
                        CATALOGUE_ENTRY.THEME,
                        CATALOGUE_ENTRY.INFORMATION,
                        DSL.coalesce(DATA_PARTNER.NAME, CATALOGUE_ENTRY.SOURCE),
                        CATALOGUE_ENTRY.LEVEL,
                        CATALOGUE_ENTRY.ACCESS,
                        CATALOGUE_ENTRY.RETIRED)
                .from(CATALOGUE_ENTRY)
                .leftJoin(DATA_PARTNER)
                .on(DATA_PARTNER.ID.eq(CATALOGUE_ENTRY.PARTNER_ID))
                .orderBy(CATALOGUE_ENTRY.POSITION)
                .fetch(r -> new CatalogueSource(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        "OPEN".equals(r.value7()),
                        r.value8()));
    }

    /**
     * The region's register entries with these ids, as the source account needs them: the columns read here are
     * the only ones it can show (never contact persons, holder names, notes or agreement references).
     */
    List<ClosedSource> closedSources(Collection<String> ids) {
        return db.select(
                        REGISTER_ENTRY.CATALOGUE_ENTRY_ID,
                        DSL.coalesce(CATALOGUE_ENTRY.INFORMATION, REGISTER_ENTRY.SOURCE_TEXT, DSL.inline("")),
                        REGISTER_ENTRY.WHAT,
                        REGISTER_ENTRY.GRANULARITY,
                        REGISTER_ENTRY.PERIOD,
                        REGISTER_ENTRY.HOLDER_KIND,
                        REGISTER_ENTRY.AGREEMENT_TYPE)
                .from(REGISTER_ENTRY)
                .leftJoin(CATALOGUE_ENTRY)
                .on(CATALOGUE_ENTRY.ID.eq(REGISTER_ENTRY.CATALOGUE_ENTRY_ID))
                .where(REGISTER_ENTRY.ID.in(numbers(Set.copyOf(ids))), REGISTER_ENTRY.DELETED.isFalse())
                .orderBy(REGISTER_ENTRY.ID)
                .fetch(r -> new ClosedSource(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        HolderKind.valueOf(r.value6()).label(),
                        r.value7() == null
                                ? null
                                : AgreementType.valueOf(r.value7()).label()));
    }

    private static List<Long> numbers(Set<String> ids) {
        return ids.stream()
                .filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::valueOf)
                .toList();
    }

    private static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
    }
}
