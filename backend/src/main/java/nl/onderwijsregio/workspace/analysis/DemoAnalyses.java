package nl.onderwijsregio.workspace.analysis;

import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.database.DemoData;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo analyses where demo data is wanted and the region has none: noordkust a concept with several chapters written
 * and sources cited (Behouden left to write), veenland a vastgestelde version shared with its neighbours.
 */
@Component
@Order(50) // after the demo register, findings and priorities, which the chapters cite
class DemoAnalyses implements ApplicationRunner {

    static final String EDITION = "Arbeidsmarktanalyse 2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAnalyses.class);

    private final Analyses analyses;
    private final Templates templates;
    private final ReleaseFreezer freezer;
    private final RegionService regions;
    private final Tenancy tenancy;
    private final DemoData demoData;

    DemoAnalyses(
            Analyses analyses,
            Templates templates,
            ReleaseFreezer freezer,
            RegionService regions,
            Tenancy tenancy,
            DemoData demoData) {
        this.analyses = analyses;
        this.templates = templates;
        this.freezer = freezer;
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
                new WorkspaceUser(
                        "lead.noordkust", "Sanne de Vries", null, Set.of(Role.REGIO_LEAD), Set.of("noordkust")),
                Map.of(
                        "Inleiding en de regio",
                        """
                        Noordkust telt 14 gemeenten en 38 schoolbesturen in po, vo en mbo. Deze analyse is het \
                        kompas van de regio voor 2026–2029: waar de tekorten zitten en wat we eraan doen.
                        """,
                        "Kwantitatief beeld van de onderwijsarbeidsmarkt",
                        """
                        De basisanalyse van juni laat een **oplopend tekort** zien in het po, vooral in de kleinere \
                        kernen [[bron:e001]]. De uitstroom van ervaren leraren is hoger dan het landelijk gemiddelde \
                        [[bron:e019]].

                        | Sector | Tekort 2026 | Tekort 2029 |
                        |---|---|---|
                        | po | 4,1% | 5,3% |
                        | vo | 2,2% | 2,9% |
                        """,
                        "Aantrekken",
                        """
                        De instroom uit de pabo en het hbo blijft achter bij de vraag [[bron:e050]].

                        - Zij-instroom groeit, maar haakt vaak in het eerste jaar af
                        - Stages in de regio leiden vaak tot een eerste baan
                        """),
                false);
        load(
                new WorkspaceUser("lead.veenland", "Fleur Jansen", null, Set.of(Role.REGIO_LEAD), Set.of("veenland")),
                Map.of(
                        "Inleiding en de regio",
                        "Veenland werkt met 22 besturen samen aan voldoende en goede leraren in elke klas.",
                        "Behouden",
                        """
                        Het verzuim onder po-personeel ligt boven het landelijke beeld [[bron:e056]]. Besturen \
                        investeren in begeleiding van startende leraren [[bron:e053]].
                        """,
                        "Prioriteiten en vervolg",
                        "Veenland kiest voor **behouden** als eerste prioriteit, met aandacht voor startende leraren."),
                true);
    }

    private void load(WorkspaceUser lead, Map<String, String> texts, boolean establish) {
        String region = lead.regions().iterator().next();
        if (regions.find(region).isEmpty()) {
            return;
        }
        tenancy.inRegion(region, () -> {
            if (analyses.latestId().isPresent()) {
                return;
            }
            long id = analyses.insert(EDITION, null, lead.username(), lead.displayName());
            int position = 1;
            for (TemplateChapter t : templates.chapters()) {
                long chapter = analyses.insertChapter(
                        id,
                        position++,
                        t.title(),
                        t.guidance(),
                        t.chapterThemes(),
                        t.generated(),
                        "",
                        lead.username(),
                        lead.displayName());
                String text = texts.get(t.title());
                if (text != null) {
                    analyses.save(chapter, 1, t.title(), text, lead.username(), lead.displayName());
                    Citations.in(text).forEach(ref -> analyses.attach(chapter, ref, lead.username()));
                }
            }
            if (establish) {
                Analysis analysis = analyses.header(id).orElseThrow().with(analyses.chapters(id), java.util.List.of());
                analyses.setStatus(
                        id, analysis.revision(), AnalysisStatus.VASTGESTELD, 1, lead.username(), lead.displayName());
                freezer.freeze(analysis, true, false, lead);
            }
            log.info("Loaded the demo analysis of {}", region);
        });
    }
}
