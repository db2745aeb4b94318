package nl.onderwijsregio.workspace.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.database.DemoData;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads findings into the demo regions whose findings are empty: across the ABC themes, some private, some shared
 * with the neighbours, one shared with all, with a comment thread. Only where demo data is wanted.
 */
@Component
@Order(30)
class DemoFindings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFindings.class);

    private final Findings findings;
    private final FindingComments comments;
    private final RegionService regions;
    private final Tenancy tenancy;
    private final DemoData demoData;
    private final Clock clock;

    DemoFindings(
            Findings findings,
            FindingComments comments,
            RegionService regions,
            Tenancy tenancy,
            DemoData demoData,
            Clock clock) {
        this.findings = findings;
        this.comments = comments;
        this.regions = regions;
        this.tenancy = tenancy;
        this.demoData = demoData;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.wanted()
                || regions.find("noordkust").isEmpty()
                || regions.find("veenland").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        boolean empty = as("noordkust", () -> findings.count(FindingScope.OWN, FindingFilter.NONE) == 0);
        if (!empty) {
            return;
        }
        long shared = as("noordkust", () -> {
            long id = findings.insert(
                    draft(
                            "Zij-instromers haken af in het eerste jaar",
                            """
                    In vijf gesprekken met schoolleiders in het po kwam hetzelfde beeld naar voren: zij-instromers \
                    **vallen vaak in het eerste jaar uit** omdat de begeleiding naast het werk te zwaar is.

                    - Begeleiding verschilt sterk per bestuur
                    - Roosterruimte voor de opleiding ontbreekt vaak
                    """,
                            "Behouden",
                            "Begeleiden",
                            FindingKind.INTERVIEW,
                            today.minusDays(40),
                            Set.of(Sector.PO),
                            List.of("e019"),
                            Visibility.NEIGHBOURS),
                    "lead.noordkust",
                    "Sanne de Vries");
            findings.insert(
                    draft(
                            "Werving via de pabo-stage werkt",
                            "Besturen die stagiairs een baangarantie bieden, houden **meer startende leraren** vast.",
                            "Aantrekken",
                            "Werven",
                            FindingKind.OVERLEG,
                            today.minusDays(20),
                            Set.of(Sector.PO),
                            List.of(),
                            Visibility.ALL),
                    "lead.noordkust",
                    "Sanne de Vries");
            findings.insert(
                    draft(
                            "Ziekteverzuim vo hoger dan verwacht (concept)",
                            "Eerste indruk uit de verzuimcijfers; nog niet met de besturen besproken.",
                            "Behouden",
                            "Verzuim & werkgeluk",
                            FindingKind.DOCUMENTANALYSE,
                            today.minusDays(5),
                            Set.of(Sector.VO),
                            List.of(),
                            Visibility.OWN,
                            false),
                    "member.noordkust",
                    "Daan Bakker");
            return id;
        });
        as("veenland", () -> {
            findings.insert(
                    draft(
                            "Tekort aan invallers in de kop van de regio",
                            "Scholen in kleine kernen vinden **geen invallers**; klassen worden naar huis gestuurd.",
                            "Continueren",
                            "Omgaan met schaarste",
                            FindingKind.SIGNAAL_BEROEPSGROEP,
                            today.minusDays(30),
                            Set.of(Sector.PO, Sector.SO),
                            List.of(),
                            Visibility.NEIGHBOURS),
                    "lead.veenland",
                    "Fleur Jansen");
            findings.insert(
                    draft(
                            "Matching mbo-studenten en kinderopvang",
                            "Enquête onder 40 kinderopvanglocaties: de helft werkt samen met een mbo-opleiding.",
                            "Aantrekken",
                            "Matchen",
                            FindingKind.ENQUETE,
                            today.minusDays(60),
                            Set.of(Sector.MBO, Sector.KINDEROPVANG),
                            List.of(),
                            Visibility.OWN),
                    "lead.veenland",
                    "Fleur Jansen");
            comments.insert(
                    shared,
                    "lead.veenland",
                    "Fleur Jansen",
                    "Herkenbaar: bij ons speelt hetzelfde. Zullen we de begeleiding samen oppakken?");
            return null;
        });
        as(
                "noordkust",
                () -> comments.insert(
                        shared,
                        "lead.noordkust",
                        "Sanne de Vries",
                        "Graag! Ik plan een overleg in met onze besturen."));
        if (regions.find("rivierenland").isPresent()) {
            as(
                    "rivierenland",
                    () -> findings.insert(
                            draft(
                                    "Professionalisering via de academische opleidingsschool",
                                    "Schoolbezoeken laten zien dat **leren in de school** beter werkt dan losse cursussen.",
                                    "Behouden",
                                    "Professionaliseren",
                                    FindingKind.SCHOOLBEZOEK,
                                    today.minusDays(15),
                                    Set.of(Sector.VO),
                                    List.of(),
                                    Visibility.NEIGHBOURS),
                            "lead.rivierenland",
                            "Joost van den Berg"));
        }
        log.info("Loaded the demo findings");
    }

    private static FindingDraft draft(
            String title,
            String body,
            String theme,
            String subTheme,
            FindingKind kind,
            LocalDate on,
            Set<Sector> sectors,
            List<String> catalogue,
            Visibility visibility) {
        return draft(title, body, theme, subTheme, kind, on, sectors, catalogue, visibility, true);
    }

    private static FindingDraft draft(
            String title,
            String body,
            String theme,
            String subTheme,
            FindingKind kind,
            LocalDate on,
            Set<Sector> sectors,
            List<String> catalogue,
            Visibility visibility,
            boolean published) {
        return new FindingDraft(
                title,
                body,
                Theme.of(theme),
                SubTheme.of(subTheme),
                kind,
                on,
                null,
                sectors,
                catalogue,
                List.of(),
                published,
                visibility);
    }

    private <T> T as(String region, java.util.function.Supplier<T> work) {
        return tenancy.inRegion(region, work);
    }
}
