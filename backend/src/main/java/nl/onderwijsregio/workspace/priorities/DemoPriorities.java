package nl.onderwijsregio.workspace.priorities;

import static nl.onderwijsregio.workspace.priorities.PriorityStatus.GEPLAND;
import static nl.onderwijsregio.workspace.priorities.PriorityStatus.LOPEND;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.database.DemoData;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads priorities for the demo regions that have none, with partial overlaps between neighbours (Noordkust and
 * Veenland share werven and begeleiden; Veenland and Rivierenland share verzuim &amp; werkgeluk): mostly published,
 * the last one of every region a draft. Some are supported by a demo finding of their region (by title, when it
 * exists). Only where demo data is wanted, like the demo regions.
 */
@Component
@Order(40) // after the catalogue import and the demo findings, which the demo links to
class DemoPriorities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPriorities.class);

    private static final Topic WERVEN = Topic.of(SubTheme.WERVEN);
    private static final Topic MATCHEN = Topic.of(SubTheme.MATCHEN);
    private static final Topic OPLEIDEN = Topic.of(SubTheme.OPLEIDEN);
    private static final Topic BEGELEIDEN = Topic.of(SubTheme.BEGELEIDEN);
    private static final Topic PROFESSIONALISEREN = Topic.of(SubTheme.PROFESSIONALISEREN);
    private static final Topic VERZUIM_WERKGELUK = Topic.of(SubTheme.VERZUIM_WERKGELUK);
    private static final Topic OMGAAN_MET_SCHAARSTE = Topic.of(SubTheme.OMGAAN_MET_SCHAARSTE);
    private static final Topic REGIONALE_CONTEXT = Topic.of(Theme.REGIONALE_CONTEXT);
    private static final Topic KANSENGELIJKHEID = Topic.of(Theme.KANSENGELIJKHEID);

    /** Demo priority title → titles of the demo findings (of the same region) that support it. */
    private static final Map<String, List<String>> FINDINGS = Map.of(
            "Meer zij-instromers werven via één regionaal loket", List.of("Werving via de pabo-stage werkt"),
            "Iedere starter een begeleidingsprogramma", List.of("Zij-instromers haken af in het eerste jaar"),
            "Regionale vervangingspool", List.of("Tekort aan invallers in de kop van de regio"));

    private final Priorities priorities;
    private final RegionService regions;
    private final Tenancy tenancy;
    private final DemoData demoData;

    DemoPriorities(Priorities priorities, RegionService regions, Tenancy tenancy, DemoData demoData) {
        this.priorities = priorities;
        this.regions = regions;
        this.tenancy = tenancy;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.wanted()) {
            return;
        }
        load(
                "noordkust",
                List.of(
                        published(
                                "Meer zij-instromers werven via één regionaal loket",
                                WERVEN,
                                List.of(Sector.PO, Sector.VO),
                                "Aantal zij-instromers per jaar",
                                "40 in 2028",
                                "e041"),
                        published(
                                "Iedere starter een begeleidingsprogramma",
                                BEGELEIDEN,
                                List.of(Sector.PO, Sector.VO),
                                "Uitval van starters binnen 2 jaar",
                                "onder 10%",
                                "e054"),
                        published(
                                "Opleiden in de school met de pabo",
                                OPLEIDEN,
                                List.of(Sector.PO, Sector.HO),
                                null,
                                null),
                        draft("Krimp in de kustdorpen in beeld", REGIONALE_CONTEXT, List.of(Sector.PO))));
        load(
                "veenland",
                List.of(
                        published(
                                "Gezamenlijke wervingscampagne Veenland",
                                WERVEN,
                                List.of(Sector.PO, Sector.VO, Sector.MBO),
                                "Open vacatures langer dan 3 maanden",
                                "halveren",
                                "e041"),
                        published(
                                "Inductieprogramma voor startende leraren",
                                BEGELEIDEN,
                                List.of(Sector.PO, Sector.VO),
                                null,
                                null,
                                "e054"),
                        published(
                                "Werkgeluk en minder verzuim in het po",
                                VERZUIM_WERKGELUK,
                                List.of(Sector.PO),
                                "Verzuimpercentage po",
                                "onder 6%",
                                "e056"),
                        draft("Regionale vervangingspool", MATCHEN, List.of(Sector.PO))));
        load(
                "rivierenland",
                List.of(
                        published(
                                "Verzuim samen terugdringen",
                                VERZUIM_WERKGELUK,
                                List.of(Sector.PO, Sector.SO),
                                "Verzuimpercentage",
                                "onder 5,5%",
                                "e056"),
                        published(
                                "Onderwijs organiseren met minder mensen",
                                OMGAAN_MET_SCHAARSTE,
                                List.of(Sector.PO, Sector.VO),
                                null,
                                null),
                        published(
                                "Professionaliseren van onderwijsassistenten",
                                PROFESSIONALISEREN,
                                List.of(Sector.PO, Sector.MBO),
                                null,
                                null),
                        draft("Werven in het mbo", WERVEN, List.of(Sector.MBO))));
        load(
                "stedenband",
                List.of(
                        published(
                                "Lesuitval opvangen met slimme roosters",
                                OMGAAN_MET_SCHAARSTE,
                                List.of(Sector.VO),
                                null,
                                null),
                        published("Vraag en aanbod van invallers matchen", MATCHEN, List.of(Sector.PO), null, null),
                        published(
                                "Kansengelijkheid in de stadswijken",
                                KANSENGELIJKHEID,
                                List.of(Sector.PO, Sector.VO, Sector.KINDEROPVANG),
                                null,
                                null),
                        draft("Mentoren voor zij-instromers", BEGELEIDEN, List.of(Sector.VO))));
        load(
                "groen-landelijk",
                List.of(
                        published(
                                "Opleiden voor het groene onderwijs",
                                OPLEIDEN,
                                List.of(Sector.VO, Sector.MBO),
                                null,
                                null),
                        published("Vakdocenten groen bijscholen", PROFESSIONALISEREN, List.of(Sector.MBO), null, null),
                        draft("Werven bij groene bedrijven", WERVEN, List.of(Sector.MBO))));
    }

    private void load(String region, List<PriorityDraft> drafts) {
        if (regions.find(region).isEmpty()) {
            return;
        }
        tenancy.inRegion(region, () -> {
            if (priorities.own().isEmpty()) {
                drafts.forEach(d -> priorities.insert(
                        d.withFindingIds(priorities.ownFindingsTitled(FINDINGS.getOrDefault(d.title(), List.of()))),
                        "demo"));
                log.info("Loaded the demo priorities of {}", region);
            }
        });
    }

    private static PriorityDraft published(
            String title,
            Topic topic,
            List<Sector> sectors,
            @Nullable String indicator,
            @Nullable String target,
            String... catalogueEntries) {
        return new PriorityDraft(
                title,
                topic.theme(),
                topic.subTheme(),
                "Uit het activiteitenplan 2026–2029.",
                sectors,
                "Zie het activiteitenplan.",
                indicator,
                target,
                2026,
                2029,
                LOPEND,
                true,
                List.of(catalogueEntries),
                List.of());
    }

    private static PriorityDraft draft(String title, Topic topic, List<Sector> sectors) {
        return new PriorityDraft(
                title,
                topic.theme(),
                topic.subTheme(),
                "Nog in bespreking.",
                sectors,
                null,
                null,
                null,
                2027,
                2028,
                GEPLAND,
                false,
                List.of(),
                List.of());
    }
}
