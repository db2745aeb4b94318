package nl.onderwijsregio.workspace.coverage;

import static nl.onderwijsregio.workspace.export.Table.Column;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import nl.onderwijsregio.workspace.export.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Each table of the national overview as a {@link Table}, for CSV and XLSX downloads (same role check). */
@Service
public class CoverageExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final CoverageService coverage;

    CoverageExports(CoverageService coverage) {
        this.coverage = coverage;
    }

    public Table table(CoverageTable which) {
        return switch (which) {
            case MATRIX ->
                Table.of(
                        which.fileName(),
                        coverage.matrix(),
                        List.of(
                                new Column<CoverageCell>("export.header.regio", CoverageCell::regionName),
                                new Column<>(
                                        "export.header.soort-regio",
                                        c -> CoverageLabels.regionKind(c.regionKind(), Table.language())),
                                new Column<>(
                                        "export.header.thema", c -> c.theme().label()),
                                new Column<>("export.header.bronnen-in-thema", c -> String.valueOf(c.themeEntries())),
                                new Column<>("export.header.in-register", c -> String.valueOf(c.registered())),
                                new Column<>(
                                        "export.header.pct-in-register", c -> String.valueOf(c.registeredPercent())),
                                new Column<>("export.header.ontvangen", c -> String.valueOf(c.received())),
                                new Column<>("export.header.pct-ontvangen", c -> String.valueOf(c.receivedPercent())),
                                new Column<>("export.header.laatste-activiteit", c -> date(c.lastActivity()))));
            case SOURCES ->
                Table.of(
                        which.fileName(),
                        coverage.sources(),
                        List.of(
                                new Column<SourceCoverage>("export.header.bron", SourceCoverage::entryId),
                                new Column<>("export.header.omschrijving", SourceCoverage::information),
                                new Column<>(
                                        "export.header.thema", s -> s.theme().label()),
                                new Column<>("export.header.datapartner", SourceCoverage::partnerName),
                                new Column<>("export.header.regios-gewenst", s -> String.valueOf(s.wanted())),
                                new Column<>("export.header.regios-aangevraagd", s -> String.valueOf(s.requested())),
                                new Column<>("export.header.regios-ontvangen", s -> String.valueOf(s.received())),
                                new Column<>("export.header.regios-afgewezen", s -> String.valueOf(s.refused())),
                                new Column<>("export.header.houders-die-leverden", s -> String.valueOf(s.holders()))));
            case UNUSED_ENTRIES ->
                Table.of(
                        which.fileName(),
                        coverage.gaps().unusedEntries(),
                        List.of(
                                new Column<UnusedEntry>("export.header.bron", UnusedEntry::entryId),
                                new Column<>("export.header.omschrijving", UnusedEntry::information),
                                new Column<>(
                                        "export.header.thema", u -> u.theme().label()),
                                new Column<>(
                                        "export.header.toegang",
                                        u -> Table.text("CLOSED".equals(u.access()) ? "export.closed" : "export.open")),
                                new Column<>("export.header.datapartner", UnusedEntry::partnerName)));
            case WITHOUT_RECEIVED -> regions(which, coverage.gaps().withoutReceived());
            case INACTIVE -> regions(which, coverage.gaps().inactive());
            case PRIORITIES ->
                Table.of(
                        which.fileName(),
                        coverage.priorities(),
                        List.of(
                                new Column<PriorityCount>(
                                        "export.header.thema", p -> p.theme().label()),
                                new Column<>(
                                        "export.header.subthema",
                                        p -> p.subTheme() == null
                                                ? ""
                                                : p.subTheme().label()),
                                new Column<>(
                                        "export.header.gepubliceerde-prioriteiten",
                                        p -> String.valueOf(p.priorities())),
                                new Column<>("export.header.aantal-regios", p -> String.valueOf(p.regions())),
                                new Column<>("export.header.regios", p -> String.join(", ", p.regionNames()))));
            case FINDINGS ->
                Table.of(
                        which.fileName(),
                        coverage.findings(),
                        List.of(
                                new Column<FindingCount>(
                                        "export.header.thema", f -> f.theme().label()),
                                new Column<>(
                                        "export.header.soort",
                                        f -> f.kind() == null
                                                ? Table.text("export.per-theme")
                                                : f.kind().label(Table.language())),
                                new Column<>(
                                        "export.header.gedeeld-met",
                                        f -> f.visibility().label(Table.language())),
                                new Column<>("export.header.aantal", f -> String.valueOf(f.findings()))));
            case TREND ->
                Table.of(
                        which.fileName(),
                        coverage.trend(),
                        List.of(
                                new Column<TrendPoint>("export.header.maand", t -> MONTH.format(t.month())),
                                new Column<>(
                                        "export.header.gesloten-data-ontvangen", t -> String.valueOf(t.received())),
                                new Column<>(
                                        "export.header.bevindingen-gepubliceerd",
                                        t -> String.valueOf(t.publishedFindings()))));
            case ANALYSES ->
                Table.of(
                        which.fileName(),
                        coverage.analyses(),
                        List.of(
                                new Column<AnalysisProgress>("export.header.regio", AnalysisProgress::regionName),
                                new Column<>("export.header.editie", AnalysisProgress::edition),
                                new Column<>(
                                        "export.header.status",
                                        a -> a.status() == null
                                                ? Table.text("export.not-started")
                                                : a.status().label(Table.language())),
                                new Column<>("export.header.versie", a -> number(a.version())),
                                new Column<>(
                                        "export.header.laatste-wijziging",
                                        a -> a.lastChange() == null ? null : MOMENT.format(a.lastChange())),
                                new Column<>("export.header.hoofdstukken", a -> String.valueOf(a.chapters())),
                                new Column<>(
                                        "export.header.hoofdstukken-met-tekst",
                                        a -> String.valueOf(a.chaptersWithText())),
                                new Column<>("export.header.bronnen", a -> String.valueOf(a.sources())),
                                new Column<>(
                                        "export.header.gesloten-datasets", a -> String.valueOf(a.closedDatasets())),
                                new Column<>("export.header.vastgestelde-versie", a -> number(a.releasedVersion())),
                                new Column<>(
                                        "export.header.gedeeld-met-de-realisatie-eenheid",
                                        a -> a.sharedNational() ? Table.text("export.yes") : Table.text("export.no"))));
        };
    }

    /** The register lines behind a number as a table. */
    public Table lines(LineFilter filter) {
        return Table.of(
                "register-regels",
                coverage.lines(filter),
                List.of(
                        new Column<RegisterLine>("export.header.regio", RegisterLine::regionName),
                        new Column<>("export.header.bron", RegisterLine::entryId),
                        new Column<>("export.header.omschrijving", RegisterLine::information),
                        new Column<>("export.header.thema", l -> l.theme().label()),
                        new Column<>("export.header.status", l -> l.status().label(Table.language())),
                        new Column<>("export.header.aangevraagd-op", l -> date(l.requestedOn())),
                        new Column<>("export.header.ontvangen-op", l -> date(l.receivedOn())),
                        new Column<>("export.header.afgesloten-op", l -> date(l.closedOn())),
                        new Column<>("export.header.bewaren-tot", l -> date(l.retentionUntil()))));
    }

    private static Table regions(CoverageTable which, List<RegionActivity> regions) {
        return Table.of(
                which.fileName(),
                regions,
                List.of(
                        new Column<RegionActivity>("export.header.regio", RegionActivity::regionName),
                        new Column<>(
                                "export.header.soort-regio",
                                r -> CoverageLabels.regionKind(r.regionKind(), Table.language())),
                        new Column<>("export.header.registerregels", r -> String.valueOf(r.registered())),
                        new Column<>("export.header.ontvangen", r -> String.valueOf(r.received())),
                        new Column<>("export.header.laatste-activiteit", r -> date(r.lastActivity()))));
    }

    private static @Nullable String number(@Nullable Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    private static @Nullable String date(@Nullable TemporalAccessor value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? DAY.format(time.toLocalDate()) : DAY.format(value);
    }
}
