package nl.onderwijsregio.workspace.catalogue.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.SearchHit;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Syntax;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The catalogue as DCAT-AP-DONL, read back from JSON-LD and Turtle as any harvester would. */
@SpringBootTest(classes = BackendTestApplication.class, properties = "workspace.public-url=https://werkruimte.example/")
class DcatPublicationTest extends DatabaseTest {

    private static final AsUser MEMBER = AsUser.member("noordkust");
    private static final String BASE = "https://werkruimte.example/api/v1/catalogue/dcat#";
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @Autowired
    CataloguePublication publication;

    @Autowired
    CatalogueService catalogue;

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void one_catalogue_with_a_dataset_per_entry_each_titled_identified_and_with_access_rights(Syntax syntax) {
        Model model = MEMBER.call(null, () -> parse(publication.write(syntax), syntax));
        List<CatalogueEntry> entries = MEMBER.call(null, this::entries);
        assertThat(entries).as("the catalogue is loaded").isNotEmpty();

        assertThat(select(model, "SELECT ?c WHERE { ?c a dcat:Catalog }")).hasSize(1);
        assertThat(select(model, "SELECT ?d WHERE { ?d a dcat:Dataset }")).hasSize(entries.size());
        assertThat(select(model, "SELECT ?d WHERE { ?c a dcat:Catalog ; dcat:dataset ?d . ?d a dcat:Dataset }"))
                .hasSize(entries.size());
        assertThat(select(model, """
                SELECT ?d WHERE {
                  ?d a dcat:Dataset .
                  FILTER NOT EXISTS { ?d dct:title ?t ; dct:identifier ?i ; dct:accessRights ?a }
                }"""))
                .as("datasets without title, identifier or access rights")
                .isEmpty();

        Map<String, String> access = new HashMap<>();
        select(model, "SELECT ?id ?access WHERE { ?d a dcat:Dataset ; dct:identifier ?id ; dct:accessRights ?access }")
                .forEach(row -> access.put(
                        row.getLiteral("id").getString().substring(BASE.length()),
                        row.getResource("access").getURI()));
        assertThat(access).hasSize(entries.size());
        for (CatalogueEntry entry : entries) {
            assertThat(access.get(entry.id()))
                    .as(entry.id())
                    .isEqualTo(
                            entry.open()
                                    ? "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
                                    : "http://publications.europa.eu/resource/authority/access-right/RESTRICTED");
        }
    }

    @Test
    void vfpf_data_is_restricted_and_duo_open_data_public_each_published_by_its_data_partner() {
        Model model = MEMBER.call(null, () -> parse(publication.write(Syntax.JSON_LD), Syntax.JSON_LD));
        assertThat(accessOfPartner(model, "vfpf")).isNotEmpty().containsOnly("RESTRICTED");
        assertThat(accessOfPartner(model, "duo")).isNotEmpty().containsOnly("PUBLIC");
        assertThat(select(model, "SELECT ?n WHERE { <" + BASE + "partner-duo> a foaf:Agent ; foaf:name ?n }"))
                .singleElement()
                .satisfies(row -> assertThat(row.getLiteral("n").getString()).isEqualTo("DUO Open Onderwijsdata"));
    }

    @Test
    void iris_are_stable_fragments_of_the_publication_under_the_public_url() {
        Model model = MEMBER.call(null, () -> parse(publication.write(Syntax.TURTLE), Syntax.TURTLE));
        assertThat(publication.catalogueIri()).isEqualTo(BASE + "catalogus");
        assertThat(select(
                        model,
                        "SELECT ?t WHERE { <" + BASE + "e001> a dcat:Dataset ; dct:identifier \"" + BASE + "e001\" ;"
                                + " dct:title ?t }"))
                .hasSize(1);
        assertThat(select(
                        model,
                        "SELECT ?p WHERE { <" + BASE + "catalogus> dct:publisher ?p ."
                                + " ?p a foaf:Organization ; foaf:name \"Realisatie-Eenheid\"@nl }"))
                .hasSize(1);
    }

    @Test
    void themes_are_concepts_and_keywords_and_every_dataset_is_about_education() {
        Model model = MEMBER.call(null, () -> parse(publication.write(Syntax.TURTLE), Syntax.TURTLE));
        assertThat(select(model, """
                SELECT ?d WHERE {
                  ?d a dcat:Dataset .
                  FILTER NOT EXISTS {
                    ?d dcat:theme <http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap> ;
                       dcat:theme ?own ; dcat:keyword ?label .
                    ?own a skos:Concept ; skos:prefLabel ?label .
                  }
                }"""))
                .as("datasets without the DONL theme or their own theme")
                .isEmpty();
        assertThat(select(model, """
                SELECT ?d WHERE {
                  ?d a dcat:Dataset ; dcat:keyword "primair onderwijs"@nl ; dcat:keyword "niveau vestiging"@nl .
                }""")).isNotEmpty();
    }

    @Test
    void the_publication_is_public() {
        assertThat(publication.write(Syntax.TURTLE)).contains("dcat:Catalog");
    }

    private static List<String> accessOfPartner(Model model, String partnerId) {
        return select(
                        model,
                        "SELECT ?access WHERE { ?d a dcat:Dataset ; dct:accessRights ?access ; dct:publisher <" + BASE
                                + "partner-" + partnerId + "> }")
                .stream()
                .map(row -> row.getResource("access").getLocalName())
                .toList();
    }

    private List<CatalogueEntry> entries() {
        return catalogue.hits(CatalogueQuery.everything(), 0, CatalogueService.MAX_PAGE).stream()
                .map(SearchHit::entry)
                .toList();
    }

    private static Model parse(String text, Syntax syntax) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(syntax.lang()).parse(model);
        return model;
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution execution =
                QueryExecution.model(model).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
