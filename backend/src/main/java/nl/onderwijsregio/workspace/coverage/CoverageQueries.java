package nl.onderwijsregio.workspace.coverage;

import static nl.onderwijsregio.workspace.themes.StoredVocabulary.SUB_THEME_BY_NAME;
import static nl.onderwijsregio.workspace.themes.StoredVocabulary.THEME_BY_LABEL;
import static nl.onderwijsregio.workspace.themes.StoredVocabulary.THEME_BY_NAME;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Calls the coverage functions of the schema (SECURITY DEFINER, aggregates only); they refuse to run outside the
 * {@code national} scope. All counting happens in PostgreSQL.
 */
@Repository
class CoverageQueries {

    /** A catalogue theme as the functions take and return it: by its Dutch name. */
    private static final DataType<Theme> THEME = SQLDataType.VARCHAR.asConvertedDataType(THEME_BY_LABEL);

    private static final Converter<String, RegisterStatus> STATUS =
            new EnumConverter<>(String.class, RegisterStatus.class);
    private static final Converter<String, AnalysisStatus> ANALYSIS_STATUS =
            new EnumConverter<>(String.class, AnalysisStatus.class);
    private static final Converter<String, FindingKind> KIND = new EnumConverter<>(String.class, FindingKind.class);
    private static final Converter<String, Visibility> VISIBILITY = new EnumConverter<>(String.class, Visibility.class);

    private final DSLContext db;

    CoverageQueries(DSLContext db) {
        this.db = db;
    }

    List<CoverageCell> matrix() {
        return db.resultQuery("select * from coverage_matrix()")
                .fetch(r -> new CoverageCell(
                        r.get("region_id", String.class),
                        r.get("region_name", String.class),
                        r.get("region_kind", String.class),
                        r.get("theme", THEME_BY_LABEL),
                        integer(r, "theme_entries"),
                        integer(r, "registered"),
                        integer(r, "received"),
                        r.get("last_activity", OffsetDateTime.class)));
    }

    List<SourceCoverage> sources() {
        return db.resultQuery("select * from coverage_sources()")
                .fetch(r -> new SourceCoverage(
                        r.get("entry_id", String.class),
                        r.get("information", String.class),
                        r.get("theme", THEME_BY_LABEL),
                        r.get("partner_id", String.class),
                        r.get("partner_name", String.class),
                        integer(r, "wanted"),
                        integer(r, "requested"),
                        integer(r, "received"),
                        integer(r, "refused"),
                        integer(r, "holders")));
    }

    List<UnusedEntry> unusedEntries() {
        return db.resultQuery("select * from coverage_unused_entries()")
                .fetch(r -> new UnusedEntry(
                        r.get("entry_id", String.class),
                        r.get("information", String.class),
                        r.get("theme", THEME_BY_LABEL),
                        r.get("access", String.class),
                        r.get("partner_name", String.class)));
    }

    List<RegionActivity> regionActivity() {
        return db.resultQuery("select * from coverage_region_activity()")
                .fetch(r -> new RegionActivity(
                        r.get("region_id", String.class),
                        r.get("region_name", String.class),
                        r.get("region_kind", String.class),
                        integer(r, "registered"),
                        integer(r, "received"),
                        r.get("last_activity", OffsetDateTime.class)));
    }

    List<PriorityCount> priorities() {
        return db
                .resultQuery("select * from coverage_priorities()")
                .fetch(r -> new PriorityCount(
                        r.get("theme", THEME_BY_NAME),
                        r.get("sub_theme", SUB_THEME_BY_NAME),
                        integer(r, "priorities"),
                        integer(r, "regions"),
                        List.of(r.get("region_names", String[].class))))
                .stream()
                .sorted(Comparator.comparing(PriorityCount::topic))
                .toList();
    }

    List<FindingCount> findings() {
        return db.resultQuery("select * from coverage_findings()")
                .fetch(r -> new FindingCount(
                        r.get("theme", THEME_BY_LABEL),
                        r.get("kind", KIND),
                        r.get("visibility", VISIBILITY),
                        integer(r, "findings")));
    }

    List<TrendPoint> trend(LocalDate from) {
        return db.resultQuery("select * from coverage_trend(?)", from)
                .fetch(r -> new TrendPoint(
                        r.get("month", LocalDate.class), integer(r, "received"), integer(r, "published_findings")));
    }

    List<RegisterLine> lines(LineFilter f) {
        return db.resultQuery(
                        "select * from coverage_register_lines(?, ?, ?, ?, ?)",
                        f.regionId(),
                        DSL.val(f.theme(), THEME),
                        f.entryId(),
                        DSL.val(f.status(), SQLDataType.VARCHAR.asConvertedDataType(STATUS)),
                        f.receivedOnly())
                .fetch(r -> new RegisterLine(
                        r.get("region_id", String.class),
                        r.get("region_name", String.class),
                        r.get("entry_id", String.class),
                        r.get("information", String.class),
                        r.get("theme", THEME_BY_LABEL),
                        r.get("status", STATUS),
                        r.get("requested_on", LocalDate.class),
                        r.get("received_on", LocalDate.class),
                        r.get("closed_on", LocalDate.class),
                        r.get("retention_until", LocalDate.class),
                        r.get("updated_at", OffsetDateTime.class)));
    }

    List<AnalysisProgress> analyses() {
        return db.resultQuery("select * from coverage_analyses()")
                .fetch(r -> new AnalysisProgress(
                        r.get("region_id", String.class),
                        r.get("region_name", String.class),
                        r.get("edition", String.class),
                        r.get("status", ANALYSIS_STATUS),
                        r.get("version", Integer.class),
                        r.get("last_change", OffsetDateTime.class),
                        integer(r, "chapters"),
                        integer(r, "chapters_with_text"),
                        integer(r, "sources"),
                        integer(r, "closed_datasets"),
                        r.get("released_version", Integer.class),
                        Boolean.TRUE.equals(r.get("shared_national", Boolean.class))));
    }

    private static int integer(Record r, String name) {
        Integer value = r.get(name, Integer.class);
        return value == null ? 0 : value;
    }
}
