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
                                new Column<CoverageCell>("Regio", CoverageCell::regionName),
                                new Column<>("Soort regio", c -> CoverageLabels.regionKind(c.regionKind())),
                                new Column<>("Thema", c -> c.theme().label()),
                                new Column<>("Bronnen in thema", c -> String.valueOf(c.themeEntries())),
                                new Column<>("In register", c -> String.valueOf(c.registered())),
                                new Column<>("% in register", c -> String.valueOf(c.registeredPercent())),
                                new Column<>("Ontvangen", c -> String.valueOf(c.received())),
                                new Column<>("% ontvangen", c -> String.valueOf(c.receivedPercent())),
                                new Column<>("Laatste activiteit", c -> date(c.lastActivity()))));
            case SOURCES ->
                Table.of(
                        which.fileName(),
                        coverage.sources(),
                        List.of(
                                new Column<SourceCoverage>("Bron", SourceCoverage::entryId),
                                new Column<>("Omschrijving", SourceCoverage::information),
                                new Column<>("Thema", s -> s.theme().label()),
                                new Column<>("Datapartner", SourceCoverage::partnerName),
                                new Column<>("Regio's gewenst", s -> String.valueOf(s.wanted())),
                                new Column<>("Regio's aangevraagd", s -> String.valueOf(s.requested())),
                                new Column<>("Regio's ontvangen", s -> String.valueOf(s.received())),
                                new Column<>("Regio's afgewezen", s -> String.valueOf(s.refused())),
                                new Column<>("Houders die leverden", s -> String.valueOf(s.holders()))));
            case UNUSED_ENTRIES ->
                Table.of(
                        which.fileName(),
                        coverage.gaps().unusedEntries(),
                        List.of(
                                new Column<UnusedEntry>("Bron", UnusedEntry::entryId),
                                new Column<>("Omschrijving", UnusedEntry::information),
                                new Column<>("Thema", u -> u.theme().label()),
                                new Column<>(
                                        "Toegang",
                                        u -> "CLOSED".equals(u.access()) ? "Gesloten (op aanvraag)" : "Openbaar"),
                                new Column<>("Datapartner", UnusedEntry::partnerName)));
            case WITHOUT_RECEIVED -> regions(which, coverage.gaps().withoutReceived());
            case INACTIVE -> regions(which, coverage.gaps().inactive());
            case PRIORITIES ->
                Table.of(
                        which.fileName(),
                        coverage.priorities(),
                        List.of(
                                new Column<PriorityCount>(
                                        "Thema", p -> p.theme().label()),
                                new Column<>(
                                        "Subthema",
                                        p -> p.subTheme() == null
                                                ? ""
                                                : p.subTheme().label()),
                                new Column<>("Gepubliceerde prioriteiten", p -> String.valueOf(p.priorities())),
                                new Column<>("Aantal regio's", p -> String.valueOf(p.regions())),
                                new Column<>("Regio's", p -> String.join(", ", p.regionNames()))));
            case FINDINGS ->
                Table.of(
                        which.fileName(),
                        coverage.findings(),
                        List.of(
                                new Column<FindingCount>("Thema", f -> f.theme().label()),
                                new Column<>(
                                        "Soort",
                                        f -> f.kind() == null
                                                ? "(per thema)"
                                                : f.kind().label()),
                                new Column<>("Gedeeld met", f -> f.visibility().label()),
                                new Column<>("Aantal", f -> String.valueOf(f.findings()))));
            case TREND ->
                Table.of(
                        which.fileName(),
                        coverage.trend(),
                        List.of(
                                new Column<TrendPoint>("Maand", t -> MONTH.format(t.month())),
                                new Column<>("Gesloten data ontvangen", t -> String.valueOf(t.received())),
                                new Column<>("Bevindingen gepubliceerd", t -> String.valueOf(t.publishedFindings()))));
            case ANALYSES ->
                Table.of(
                        which.fileName(),
                        coverage.analyses(),
                        List.of(
                                new Column<AnalysisProgress>("Regio", AnalysisProgress::regionName),
                                new Column<>("Editie", AnalysisProgress::edition),
                                new Column<>(
                                        "Status",
                                        a -> a.status() == null
                                                ? "Niet begonnen"
                                                : a.status().label()),
                                new Column<>("Versie", a -> number(a.version())),
                                new Column<>(
                                        "Laatste wijziging",
                                        a -> a.lastChange() == null ? null : MOMENT.format(a.lastChange())),
                                new Column<>("Hoofdstukken", a -> String.valueOf(a.chapters())),
                                new Column<>("Hoofdstukken met tekst", a -> String.valueOf(a.chaptersWithText())),
                                new Column<>("Bronnen", a -> String.valueOf(a.sources())),
                                new Column<>("Gesloten datasets", a -> String.valueOf(a.closedDatasets())),
                                new Column<>("Vastgestelde versie", a -> number(a.releasedVersion())),
                                new Column<>(
                                        "Gedeeld met de Realisatie-Eenheid", a -> a.sharedNational() ? "ja" : "nee")));
        };
    }

    /** The register lines behind a number as a table. */
    public Table lines(LineFilter filter) {
        return Table.of(
                "register-regels",
                coverage.lines(filter),
                List.of(
                        new Column<RegisterLine>("Regio", RegisterLine::regionName),
                        new Column<>("Bron", RegisterLine::entryId),
                        new Column<>("Omschrijving", RegisterLine::information),
                        new Column<>("Thema", l -> l.theme().label()),
                        new Column<>("Status", l -> l.status().label()),
                        new Column<>("Aangevraagd op", l -> date(l.requestedOn())),
                        new Column<>("Ontvangen op", l -> date(l.receivedOn())),
                        new Column<>("Afgesloten op", l -> date(l.closedOn())),
                        new Column<>("Bewaren tot", l -> date(l.retentionUntil()))));
    }

    private static Table regions(CoverageTable which, List<RegionActivity> regions) {
        return Table.of(
                which.fileName(),
                regions,
                List.of(
                        new Column<RegionActivity>("Regio", RegionActivity::regionName),
                        new Column<>("Soort regio", r -> CoverageLabels.regionKind(r.regionKind())),
                        new Column<>("Registerregels", r -> String.valueOf(r.registered())),
                        new Column<>("Ontvangen", r -> String.valueOf(r.received())),
                        new Column<>("Laatste activiteit", r -> date(r.lastActivity()))));
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
