package nl.onderwijsregio.workspace.catalogue.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.themes.Sector;
import org.junit.jupiter.api.Test;

/** The facets derived from entries' text: one example per rule, then checks over the whole catalogue. */
class DerivationTest {

    static final CuratedCatalogue CATALOGUE = CuratedCatalogue.load();
    static final List<CuratedPartner> PARTNERS = CATALOGUE.partners();

    static CuratedEntry entry(String information, String source) {
        List<CuratedEntry> found = CATALOGUE.entries().stream()
                .filter(e -> e.information().equals(information) && e.source().equals(source) && e.sameAs() == null)
                .toList();
        assertThat(found).as(information + " / " + source).hasSize(1);
        return found.getFirst();
    }

    @Test
    void data_held_by_school_boards_is_closed_and_linked_to_the_boards() {
        CuratedEntry initiatives = entry("Initiatieven m.b.t. omgaan met schaarste", "Opvraagbaar bij besturen");
        assertThat(Derivation.access(initiatives)).isEqualTo(Access.CLOSED);
        assertThat(Derivation.partnerId(initiatives, PARTNERS)).contains("schoolbesturen");
        assertThat(Derivation.access(entry("Cijfers over werkgeluk", "Soms opvraagbaar bij besturen")))
                .isEqualTo(Access.CLOSED);
        assertThat(Derivation.access(
                        entry("Schooladviezen, CITO-scores, evt. enquêtedata", "Mogelijk opvraagbaar via besturen")))
                .isEqualTo(Access.CLOSED);
    }

    @Test
    void duo_open_data_is_open_with_partner_duo_and_its_public_base_address() {
        CuratedEntry pupils = entry("Leerlingen- /studentenaantallen", "DUO Open Onderwijsdata");
        assertThat(Derivation.access(pupils)).isEqualTo(Access.OPEN);
        assertThat(Derivation.partnerId(pupils, PARTNERS)).contains("duo");
        assertThat(pupils.link()).isEqualTo("https://duo.nl/open_onderwijsdata/");
        assertThat(Derivation.sectors(pupils))
                .as("from 'Link PO Link VO Link MBO'")
                .containsExactly(Sector.PO, Sector.VO, Sector.MBO);
        assertThat(Derivation.granularities(pupils)).containsExactly(Granularity.VESTIGING);
    }

    @Test
    void vfpf_data_is_closed_for_po_and_absence_data_exists_from_both_duo_and_vfpf() {
        CuratedEntry vfpf = entry(
                "Hoogfrequente data over verzuim onder PO-personeel", "Vervangingsfonds Participatiefonds (Vfpf)");
        assertThat(Derivation.access(vfpf)).isEqualTo(Access.CLOSED);
        assertThat(Derivation.sectors(vfpf)).containsExactly(Sector.PO);
        assertThat(Derivation.partnerId(vfpf, PARTNERS)).contains("vfpf");
        assertThat(CATALOGUE.entries())
                .filteredOn(e -> Derivation.partnerId(e, PARTNERS).orElse("").equals("vfpf"))
                .allSatisfy(e -> {
                    assertThat(Derivation.access(e)).isEqualTo(Access.CLOSED);
                    assertThat(Derivation.sectors(e)).containsExactly(Sector.PO);
                })
                .hasSize(2);
        Set<String> absenceHolders = CATALOGUE.entries().stream()
                .filter(e -> e.information().toLowerCase().contains("verzuim"))
                .map(e -> Derivation.partnerId(e, PARTNERS).orElse("none"))
                .collect(Collectors.toSet());
        assertThat(absenceHolders).contains("duo", "vfpf");
    }

    @Test
    void data_kept_or_held_by_others_without_a_public_place_is_closed() {
        CuratedEntry desk = entry("Aanwas onderwijsloket", "Bij te houden via regionaal loket");
        assertThat(Derivation.access(desk)).isEqualTo(Access.CLOSED);
        assertThat(Derivation.partnerId(desk, PARTNERS)).isEmpty();
        assertThat(Derivation.access(entry("Bevoegdheidendata", "Opvraagbaar bij opleiders")))
                .isEqualTo(Access.CLOSED);
        CuratedEntry childcare = entry(
                "In- en uitstroom personeel",
                "HRM-systemen van kinderopvangorganisaties die bij de regio betrokken zijn");
        assertThat(Derivation.access(childcare)).isEqualTo(Access.CLOSED);
        assertThat(Derivation.sectors(childcare)).containsExactly(Sector.KINDEROPVANG);
        assertThat(Derivation.access(entry("Taal- en spraakontwikkeling kinderen", "Soms beschikbaar via gemeenten")))
                .as("link column '-'")
                .isEqualTo(Access.CLOSED);
        assertThat(Derivation.access(entry(
                        "Prioriteiten samenwerkingsverband passend onderwijs",
                        "Documenten samenwerkingsverband passend onderwijs")))
                .as("only via contact")
                .isEqualTo(Access.CLOSED);
    }

    @Test
    void public_places_without_a_link_are_open() {
        CuratedEntry municipalOpenData = entry(
                "Woningvoorraad, WOZ-waarde, verkoopprijs, etc.", "Vaak via open data gemeenten, of via Kadaster");
        assertThat(Derivation.access(municipalOpenData))
                .as("link column '-', but open data")
                .isEqualTo(Access.OPEN);
        assertThat(Derivation.partnerId(municipalOpenData, PARTNERS)).contains("open-data-gemeenten-provincies");
        assertThat(Derivation.access(entry("Prioriteiten Human Capital Agenda", "Documenten Human Capital Agenda")))
                .as("website or contact")
                .isEqualTo(Access.OPEN);
        assertThat(Derivation.access(
                        entry("Prioriteiten gemeenten in onderwijsregio", "Coalitieakkoorden & begrotingen")))
                .isEqualTo(Access.OPEN);
    }

    @Test
    void the_first_named_holder_is_the_partner() {
        assertThat(Derivation.partnerId(
                        entry("Geregistreerde werkzoekenden onder de 27 jaar, per opleidingsniveau", "SBB/UWV"),
                        PARTNERS))
                .contains("sbb");
        assertThat(Derivation.partnerId(
                        entry("Rapportage personeelstekorten onderwijsregio's", "Centerdata; via Onderwijsregio.nl"),
                        PARTNERS))
                .contains("centerdata");
        assertThat(Derivation.partnerId(
                        entry(
                                "Lijst van aangesloten vestigingen per onderwijsregio",
                                "Realisatie-Eenheid/DUS-i; via Onderwijsregio.nl"),
                        PARTNERS))
                .contains("onderwijsregio-nl");
        assertThat(Derivation.partnerId(entry("Afgegeven bevoegdheden in het WO", "UNL"), PARTNERS))
                .contains("unl");
        assertThat(Derivation.partnerId(entry("Instroom, inschrijvingen en diploma's in het HBO", "VH"), PARTNERS))
                .contains("vh");
        assertThat(Derivation.partnerId(
                        entry("Kerncijfers jeugd en jeugdhulpverlening", "Waarstaatjegemeente.nl"), PARTNERS))
                .contains("waarstaatjegemeente");
        assertThat(Derivation.partnerId(
                        entry("Oordeel Inspectie van het Onderwijs", "Inspectie van het Onderwijs"), PARTNERS))
                .isEmpty();
        CuratedEntry uwv = entry("Kansrijke beroepen per arbeidsmarktregio", "UWV");
        assertThat(Derivation.partnerId(uwv, PARTNERS)).contains("uwv");
        assertThat(Derivation.partnerId(uwv, List.of()))
                .as("only partners of the given list")
                .isEmpty();
    }

    @Test
    void arbeidsmarktplatform_po_links_its_scenario_model_and_otherwise_its_atlas() {
        assertThat(Derivation.partnerId(
                        entry("Scenariomodel voor de strategische personeelsplanning (PO)", "Arbeidsmarktplatform PO"),
                        PARTNERS))
                .contains("appo-scenariomodel-po");
        assertThat(Derivation.partnerId(
                        entry("Ready-made PO-arbeidsmarktanalyses", "Arbeidsmarktplatform PO"), PARTNERS))
                .contains("onderwijsatlas-po");
    }

    @Test
    void sectors_only_where_the_text_names_them() {
        assertThat(Derivation.sectors(entry("Aantal leerlingen per wijk (po, vo, mbo, hbo, wo)", "CBS StatLine")))
                .containsExactly(Sector.PO, Sector.VO, Sector.MBO, Sector.HO);
        assertThat(Derivation.sectors(entry("Toegankelijkheid vwo-ho per regio", "DUO Open Onderwijsdata")))
                .as("vwo is vo, ho is ho")
                .containsExactly(Sector.VO, Sector.HO);
        assertThat(Derivation.sectors(entry("Schoolweging primair onderwijs", "Inspectie van het Onderwijs")))
                .containsExactly(Sector.PO);
        assertThat(Derivation.sectors(entry(
                        "Werkgelegenheid onderwijs (werkenden, tekorten, vacatures & " + "werkzoekenden)",
                        "Dashboard Onderwijsarbeidsmarkt in Cijfers")))
                .containsExactly(Sector.PO, Sector.VO);
        assertThat(Derivation.sectors(entry("Inkomen van inwoners", "CBS StatLine")))
                .isEmpty();
        assertThat(Derivation.sectors(entry("Verzuim onder onderwijspersoneel", "DUO Open Onderwijsdata")))
                .isEmpty();
    }

    @Test
    void granularity_is_normalised_from_the_level_text() {
        assertThat(Derivation.granularitiesOf("Gemeenteniveau")).containsExactly(Granularity.GEMEENTE);
        assertThat(Derivation.granularitiesOf("Gemeente")).containsExactly(Granularity.GEMEENTE);
        assertThat(Derivation.granularitiesOf("Wijk en buurt")).containsExactly(Granularity.WIJK_EN_BUURT);
        assertThat(Derivation.granularitiesOf("Vestigings-, instellings- of bestuursniveau"))
                .containsExactly(Granularity.VESTIGING, Granularity.INSTELLING, Granularity.BESTUUR);
        assertThat(Derivation.granularitiesOf("Vestigingsniveau PO, Onderwijsregioniveau PO"))
                .containsExactly(Granularity.VESTIGING, Granularity.ONDERWIJSREGIO);
        assertThat(Derivation.granularitiesOf("Regio, maar niet onderwijsregio"))
                .containsExactly(Granularity.REGIO);
        assertThat(Derivation.granularitiesOf("COROP-gebied")).containsExactly(Granularity.COROP);
        assertThat(Derivation.granularitiesOf("Landelijk; geen regionale open data beschikbaar"))
                .containsExactly(Granularity.LANDELIJK);
        assertThat(Derivation.granularitiesOf("Per universiteit, per type opleiding (master, minor)"))
                .containsExactly(Granularity.INSTELLING, Granularity.OPLEIDING);
        assertThat(Derivation.granularitiesOf("PO/VO/MBO, op bestuurs-, vestigings- of persoonsniveau"))
                .containsExactly(Granularity.VESTIGING, Granularity.BESTUUR, Granularity.PERSOON);
        assertThat(Derivation.granularitiesOf("Samenwerkingsverband passend onderwijs"))
                .containsExactly(Granularity.SAMENWERKINGSVERBAND);
        assertThat(Derivation.granularitiesOf("Toelichting & definities"))
                .containsExactly(Granularity.NIET_VAN_TOEPASSING);
        assertThat(Derivation.granularitiesOf(null)).isEmpty();
        CuratedEntry arbeidsmarkt = entry("Regionale arbeidsmarktprognoses", "UWV");
        assertThat(Derivation.granularities(arbeidsmarkt)).containsExactly(Granularity.ARBEIDSMARKTREGIO);
        assertThat(arbeidsmarkt.level()).as("the original text stays").isEqualTo("Arbeidsmarktregio");
    }

    @Test
    void kansengelijkheid_entries_and_only_those_are_sensitive() {
        assertThat(CATALOGUE.entries())
                .filteredOn(Derivation::sensitive)
                .hasSize(25)
                .allSatisfy(e -> assertThat(e.theme()).isEqualTo("Kansengelijkheid"));
        assertThat(Derivation.sensitive(entry("Migratieachtergrond", "CBS StatLine")))
                .isTrue();
        assertThat(Derivation.sensitive(entry("Leerlingenverzuim", "DUO Open Onderwijsdata")))
                .isFalse();
    }

    @Test
    void every_entry_with_a_level_has_a_granularity() {
        assertThat(CATALOGUE.entries())
                .filteredOn(e -> e.level() != null)
                .allSatisfy(e -> assertThat(Derivation.granularities(e))
                        .as(e.id() + " " + e.level())
                        .isNotEmpty());
        assertThat(CATALOGUE.partners())
                .allSatisfy(p -> assertThat(Derivation.granularitiesOf(p.breakdown()))
                        .as(p.id())
                        .isNotEmpty());
    }

    @Test
    void every_partner_id_referenced_exists_and_access_agrees_with_the_partner_table() {
        Set<String> ids = PARTNERS.stream().map(CuratedPartner::id).collect(Collectors.toSet());
        assertThat(ids).containsAll(Derivation.knownPartnerIds());
        for (CuratedEntry e : CATALOGUE.entries()) {
            Derivation.partnerId(e, PARTNERS).ifPresent(id -> {
                assertThat(ids).contains(id);
                assertThat(Derivation.access(e))
                        .as(e.id() + " " + id)
                        .isEqualTo(CATALOGUE.partner(id).orElseThrow().access());
            });
        }
        assertThat(CATALOGUE.entries())
                .filteredOn(e -> Derivation.partnerId(e, PARTNERS).isPresent())
                .as("most entries name a listed partner")
                .hasSizeGreaterThan(100);
    }

    @Test
    void public_links_only_on_open_entries_and_same_as_entries_derive_alike() {
        for (CuratedEntry e : CATALOGUE.entries()) {
            if (e.link() != null) {
                assertThat(Derivation.access(e)).as(e.id()).isEqualTo(Access.OPEN);
            }
            if (e.sameAs() != null) {
                CuratedEntry first = CATALOGUE.entry(e.sameAs()).orElseThrow();
                assertThat(Derivation.sectors(e)).isEqualTo(Derivation.sectors(first));
                assertThat(Derivation.granularities(e)).isEqualTo(Derivation.granularities(first));
                assertThat(Derivation.access(e)).isEqualTo(Derivation.access(first));
            }
        }
    }
}
