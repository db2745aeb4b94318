package nl.onderwijsregio.workspace.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which RDF syntax an Accept header gets. */
class DcatNegotiationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "ABSENT",
            value = {
                "ABSENT | JSON_LD",
                "*/* | JSON_LD",
                "application/ld+json | JSON_LD",
                "application/json | JSON_LD",
                "text/turtle | TURTLE",
                "text/* | TURTLE",
                "text/turtle;q=0.5, application/ld+json | JSON_LD",
                "application/ld+json;q=0.2, text/turtle | TURTLE",
                "text/turtle, application/ld+json | TURTLE",
                "text/html, text/turtle;q=0.9, */*;q=0.1 | TURTLE",
                "not a media type | JSON_LD",
                "application/rdf+xml | RDF_XML",
                "application/xml | NONE",
                "text/turtle;q=0 | NONE"
            })
    void the_preferred_acceptable_syntax_wins(String accept, String expected) {
        assertThat(DcatController.negotiate(accept).map(Syntax::name).orElse("NONE"))
                .isEqualTo(expected);
    }
}
