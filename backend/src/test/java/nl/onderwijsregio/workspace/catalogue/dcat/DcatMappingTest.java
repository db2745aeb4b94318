package nl.onderwijsregio.workspace.catalogue.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.catalogue.CatalogueMaintenance;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.EntryChange;
import nl.onderwijsregio.workspace.catalogue.PartnerChange;
import nl.onderwijsregio.workspace.catalogue.PartnerMaintenance;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Document;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Syntax;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What DCAT-AP-NL 3.0 asks of each dataset, and that the maintainer's edits reach the feed. */
@SpringBootTest(
        classes = BackendTestApplication.class,
        properties = {
            "workspace.public-url=https://werkruimte.example/",
            "workspace.catalogue.contact.email=catalogus@werkruimte.example"
        })
class DcatMappingTest extends DatabaseTest {

    private static final String BASE = "https://werkruimte.example/api/v1/catalogue/dcat#";
    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);

    @Autowired
    CataloguePublication publication;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueMaintenance maintenance;

    @Autowired
    PartnerMaintenance partners;

    @Test
    void every_dataset_has_an_organisation_as_publisher_and_creator_and_a_contact_point_never_a_blank_node() {
        Model model = turtle();
        List<Resource> datasets =
                model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertThat(datasets).hasSizeGreaterThan(100).allSatisfy(dataset -> {
            for (var property : List.of(DCTerms.publisher, DCTerms.creator)) {
                Resource agent = dataset.getPropertyResourceValue(property);
                assertThat(agent.isURIResource()).as(dataset + " " + property).isTrue();
                assertThat(agent.hasProperty(RDF.type, FOAF.Organization)).isTrue();
                assertThat(agent.hasProperty(FOAF.name)).isTrue();
            }
            Resource contact = dataset.getPropertyResourceValue(DCAT.contactPoint);
            assertThat(contact.isURIResource()).isTrue();
            assertThat(contact.hasProperty(RDF.type, VCARD4.Kind)).isTrue();
            assertThat(contact.hasProperty(VCARD4.hasEmail) || contact.hasProperty(VCARD4.hasURL))
                    .as(contact.toString())
                    .isTrue();
            assertThat(dataset.getProperty(DCTerms.identifier).getString()).isEqualTo(dataset.getURI());
        });
        assertThat(model.listObjectsOfProperty(FOAF.name).toList())
                .extracting(RDFNode::toString)
                .as("no organisation is named after an availability note")
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("Opvraagbaar") || name.startsWith("Soms"));
    }

    @Test
    void an_entry_without_partner_keeps_its_availability_as_an_access_note_under_the_realisatie_eenheid() {
        Model model = turtle();
        var note = model.createProperty(BASE + "toegangsnotitie");
        List<Resource> withNote = model.listSubjectsWithProperty(note).toList();
        assertThat(withNote).isNotEmpty();
        assertThat(withNote)
                .anySatisfy(dataset ->
                        assertThat(dataset.getProperty(note).getString()).isEqualTo("Opvraagbaar bij opleiders"));
        assertThat(withNote).allSatisfy(dataset -> {
            assertThat(dataset.getPropertyResourceValue(DCTerms.publisher).getURI())
                    .isEqualTo(BASE + "realisatie-eenheid");
            assertThat(dataset.getPropertyResourceValue(DCAT.contactPoint)
                            .getPropertyResourceValue(VCARD4.hasEmail)
                            .getURI())
                    .isEqualTo("mailto:catalogus@werkruimte.example");
        });
    }

    @Test
    void cbs_data_is_cc_by_4_and_data_of_an_unknown_licence_says_so() {
        Model model = turtle();
        Resource cbs = model.createResource(BASE + "partner-cbs");
        List<Resource> cbsDatasets =
                model.listSubjectsWithProperty(DCTerms.publisher, cbs).toList();
        assertThat(cbsDatasets)
                .isNotEmpty()
                .allSatisfy(dataset -> assertThat(dataset.getPropertyResourceValue(DCTerms.license)
                                .getURI())
                        .isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl"));
        Resource vfpf = model.createResource(BASE + "partner-vfpf");
        assertThat(model.listSubjectsWithProperty(DCTerms.publisher, vfpf).toList())
                .isNotEmpty()
                .allSatisfy(dataset -> assertThat(dataset.getPropertyResourceValue(DCTerms.license)
                                .getURI())
                        .isEqualTo("http://standaarden.overheid.nl/owms/terms/licentieonbekend"));
    }

    @Test
    void every_dataset_is_about_education_in_the_netherlands_and_entries_with_an_address_have_a_distribution() {
        Model model = turtle();
        Resource education = model.createResource("http://publications.europa.eu/resource/authority/data-theme/EDUC");
        assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList())
                .allSatisfy(dataset -> {
                    assertThat(dataset.hasProperty(DCAT.theme, education)).isTrue();
                    assertThat(dataset.getPropertyResourceValue(DCTerms.spatial).getURI())
                            .isEqualTo("http://publications.europa.eu/resource/authority/country/NLD");
                });
        Resource duo = model.createResource(BASE + "e009-distributie");
        assertThat(duo.hasProperty(RDF.type, DCAT.Distribution)).isTrue();
        assertThat(duo.getPropertyResourceValue(DCAT.accessURL).getURI())
                .isEqualTo("https://duo.nl/open_onderwijsdata/");
        assertThat(model.listSubjectsWithProperty(DCAT.distribution, duo).toList())
                .singleElement()
                .extracting(Resource::getURI)
                .isEqualTo(BASE + "e009");
        assertThat(model.createResource(BASE + "e001").hasProperty(DCAT.distribution))
                .as("a bare 'Link' hint and no address: nothing to distribute")
                .isFalse();
    }

    @Test
    void a_change_by_the_maintainer_sets_modified_and_a_new_etag_and_the_partner_details_reach_the_feed() {
        Document before = publication.document(Syntax.TURTLE);
        assertThat(publication.document(Syntax.TURTLE).etag())
                .as("unchanged catalogue, same document")
                .isEqualTo(before.etag());
        String id = MAINTAINER.call(
                null,
                () -> maintenance
                        .add(new EntryChange(
                                "Aantrekken",
                                "Werven",
                                "Instroom zij-instromers 2021-2024 (proef DCAT)",
                                "VOION",
                                "Landelijk",
                                null,
                                "Via het scenariomodel -> instroom",
                                "OPEN",
                                List.of("VO"),
                                List.of("LANDELIJK"),
                                "voion-scenariomodel-vo"))
                        .id());
        DataPartner voion = catalogue.partner("voion-scenariomodel-vo").orElseThrow();
        MAINTAINER.run(
                null,
                () -> partners.update(
                        voion.id(),
                        new PartnerChange(
                                voion.name(),
                                voion.description(),
                                voion.access(),
                                voion.breakdown(),
                                voion.link(),
                                "https://identifier.overheid.nl/tooi/id/proef/voion",
                                "info@voion.example",
                                null)));
        try {
            Document after = publication.document(Syntax.TURTLE);
            assertThat(after.etag()).isNotEqualTo(before.etag());
            assertThat(after.lastModified()).isAfterOrEqualTo(before.lastModified());
            Model model = DcatConformanceTest.parse(after.body(), Lang.TURTLE);
            Resource dataset = model.createResource(BASE + id);
            java.time.OffsetDateTime added =
                    MAINTAINER.call(null, () -> catalogue.history(id).getFirst().occurredAt());
            assertThat(dataset.getProperty(DCTerms.modified).getLiteral().getLexicalForm())
                    .isEqualTo(added.withOffsetSameInstant(java.time.ZoneOffset.UTC)
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            assertThat(model.createResource(BASE + "e001")
                            .getProperty(DCTerms.modified)
                            .getLiteral()
                            .getDatatypeURI())
                    .as("an entry unchanged since the import: the release date")
                    .endsWith("#date");
            Resource period = dataset.getPropertyResourceValue(DCTerms.temporal);
            assertThat(period.getProperty(DcatTerms.START_DATE).getString()).isEqualTo("2021");
            assertThat(period.getProperty(DcatTerms.END_DATE).getString()).isEqualTo("2024");
            Resource publisher = dataset.getPropertyResourceValue(DCTerms.publisher);
            assertThat(publisher.getURI()).isEqualTo("https://identifier.overheid.nl/tooi/id/proef/voion");
            assertThat(publisher.hasProperty(FOAF.name)).isTrue();
            assertThat(dataset.getPropertyResourceValue(DCAT.contactPoint)
                            .getPropertyResourceValue(VCARD4.hasEmail)
                            .getURI())
                    .isEqualTo("mailto:info@voion.example");
            assertThat(dataset.getPropertyResourceValue(DCAT.distribution)
                            .getPropertyResourceValue(DCAT.accessURL)
                            .getURI())
                    .as("a navigation hint without an address leads to the entry's public page")
                    .isEqualTo("https://werkruimte.example/catalogus?bron=" + id);
        } finally {
            MAINTAINER.run(null, () -> {
                partners.update(voion.id(), PartnerChange.of(voion));
                maintenance.retire(id, "Was een proef");
            });
        }
    }

    @Test
    void many_harvesters_at_once_get_one_and_the_same_document() throws Exception {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<Document>> requests = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Syntax syntax = Syntax.values()[i % Syntax.values().length];
                requests.add(pool.submit(() -> publication.document(syntax)));
            }
            java.util.Map<Syntax, java.util.Set<String>> etags = new java.util.EnumMap<>(Syntax.class);
            for (var request : requests) {
                Document document = request.get();
                assertThat(document.body()).contains("Catalog");
                etags.computeIfAbsent(document.syntax(), s -> new java.util.HashSet<>())
                        .add(document.etag());
            }
            assertThat(etags)
                    .hasSize(Syntax.values().length)
                    .allSatisfy(
                            (syntax, tags) -> assertThat(tags).as(syntax.name()).hasSize(1));
        }
    }

    private Model turtle() {
        return DcatConformanceTest.parse(publication.write(Syntax.TURTLE), Lang.TURTLE);
    }
}
