package nl.onderwijsregio.workspace.catalogue.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Syntax;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The DCAT export validated with SHACL against the DCAT-AP-NL 3.0 shapes (all levels: cardinalities, class ranges,
 * code lists, recommended) and the DCAT-AP 3.0.1 base shapes (mandatory, ranges, controlled vocabularies, deprecated
 * terms, recommended), copied with their sources into {@code src/test/resources/dcat-shapes}. Any violation fails;
 * warnings are listed on standard output (the test report).
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = "workspace.public-url=https://werkruimte.example/")
class DcatConformanceTest extends DatabaseTest {

    /** Each profile is validated on its own, so that two files' shapes with the same IRI never merge. */
    static final Map<String, List<String>> PROFILES = Map.of(
            "DCAT-AP-NL 3.0",
            List.of(
                    "geonovum-dcat-ap-nl-3.0/dcat-ap-SHACL.ttl",
                    "geonovum-dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl",
                    "geonovum-dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik.ttl",
                    "geonovum-dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
                    "geonovum-dcat-ap-nl-3.0/dcat-ap-nl-SHACL-aanbevolen.ttl"),
            "DCAT-AP 3.0.1",
            List.of(
                    "semic-dcat-ap-3.0.1/shapes.ttl",
                    "semic-dcat-ap-3.0.1/range.ttl",
                    "semic-dcat-ap-3.0.1/mdr-vocabularies.shape.ttl",
                    "semic-dcat-ap-3.0.1/deprecateduris.ttl",
                    "semic-dcat-ap-3.0.1/shapes_recommended.ttl"));

    @Autowired
    CataloguePublication publication;

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void the_export_has_no_violation_of_dcat_ap_nl_3_or_dcat_ap_3_0_1(Syntax syntax) {
        Model data = parse(publication.write(syntax), syntax.lang());
        assertThat(data.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList())
                .as("the catalogue is loaded")
                .hasSizeGreaterThan(100);
        StringBuilder violations = new StringBuilder();
        new TreeMap<>(PROFILES).forEach((profile, files) -> {
            ValidationReport report = ShaclValidator.get().validate(shapes(files), data.getGraph());
            List<ReportEntry> errors = report.getEntries().stream()
                    .filter(e -> Severity.Violation.equals(e.severity()))
                    .toList();
            System.out.println(profile + " (" + syntax + "): " + errors.size() + " violations, "
                    + (report.getEntries().size() - errors.size()) + " warnings or infos");
            summary(report.getEntries().stream()
                            .filter(e -> !Severity.Violation.equals(e.severity()))
                            .toList())
                    .forEach((message, count) -> System.out.println("  warning ×" + count + ": " + message));
            summary(errors)
                    .forEach((message, count) -> violations
                            .append(profile)
                            .append(" ×")
                            .append(count)
                            .append(": ")
                            .append(message)
                            .append('\n'));
            errors.stream()
                    .limit(5)
                    .forEach(e -> violations.append("    e.g. ").append(e).append('\n'));
        });
        assertThat(violations.toString()).as("SHACL violations").isEmpty();
    }

    @Test
    void json_ld_and_turtle_carry_the_same_graph() {
        Model jsonLd = parse(publication.write(Syntax.JSON_LD), Lang.JSONLD);
        Model turtle = parse(publication.write(Syntax.TURTLE), Lang.TURTLE);
        Model xml = parse(publication.write(Syntax.RDF_XML), Lang.RDFXML);
        assertThat(jsonLd.size()).isGreaterThan(1000);
        assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
        assertThat(xml.isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void the_validation_finds_a_dataset_without_contact_point_or_creator() {
        Model data = parse(publication.write(Syntax.TURTLE), Lang.TURTLE);
        Resource dataset = data.listSubjectsWithProperty(RDF.type, DCAT.Dataset).next();
        data.removeAll(dataset, DCAT.contactPoint, null);
        data.removeAll(dataset, org.apache.jena.vocabulary.DCTerms.creator, null);
        ValidationReport report =
                ShaclValidator.get().validate(shapes(PROFILES.get("DCAT-AP-NL 3.0")), data.getGraph());
        assertThat(report.getEntries())
                .filteredOn(e -> Severity.Violation.equals(e.severity()))
                .extracting(e -> e.resultPath().toString())
                .contains("<" + DCAT.contactPoint.getURI() + ">", "<http://purl.org/dc/terms/creator>");
    }

    private static Map<String, Long> summary(List<ReportEntry> entries) {
        return entries.stream()
                .collect(Collectors.groupingBy(
                        e -> e.resultPath() + " " + e.message().replaceAll("\\s+", " "),
                        TreeMap::new,
                        Collectors.counting()));
    }

    static Shapes shapes(List<String> files) {
        Graph graph = ModelFactory.createDefaultModel().getGraph();
        for (String file : files) {
            try (InputStream in = DcatConformanceTest.class.getResourceAsStream("/dcat-shapes/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing shapes file " + file);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Geonovum's copy of the DCAT-AP 3.0.1 shapes names property shapes it never defines (an sh:property
        // without a description). They constrain nothing; Jena refuses to parse them, so they are left out.
        List<Triple> dangling = graph.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !graph.contains(t.getObject(), Node.ANY, Node.ANY))
                .toList();
        dangling.forEach(graph::delete);
        return Shapes.parse(graph);
    }

    static Model parse(String text, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(lang).parse(model);
        return model;
    }
}
