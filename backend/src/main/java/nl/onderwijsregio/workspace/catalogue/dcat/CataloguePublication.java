package nl.onderwijsregio.workspace.catalogue.dcat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.SearchHit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The shared catalogue published as DCAT-AP-DONL: every entry that is not retired as a {@code dcat:Dataset} of one
 * {@code dcat:Catalog}, with IRIs under the workspace's public address ({@code workspace.public-url}). Open to every
 * signed-in user, like the catalogue itself.
 */
@Service
public class CataloguePublication {

    /** The RDF syntaxes the publication is written in. */
    public enum Syntax {
        JSON_LD("application/ld+json", RDFFormat.JSONLD11_PRETTY),
        TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY);

        private final String mediaType;
        private final RDFFormat format;

        Syntax(String mediaType, RDFFormat format) {
            this.mediaType = mediaType;
            this.format = format;
        }

        public String mediaType() {
            return mediaType;
        }

        public Lang lang() {
            return format.getLang();
        }
    }

    private final CatalogueService catalogue;
    private final PublicationIris iris;

    CataloguePublication(
            CatalogueService catalogue, @Value("${workspace.public-url:http://localhost:8080}") String publicUrl) {
        this.catalogue = catalogue;
        this.iris = new PublicationIris(publicUrl);
    }

    /** The IRI of the {@code dcat:Catalog}. */
    public String catalogueIri() {
        return iris.catalogue();
    }

    /** The IRI of the {@code dcat:Dataset} of one entry. */
    public String datasetIri(String entryId) {
        return iris.dataset(entryId);
    }

    /** The catalogue as an RDF graph (a new, independent model on every call). */
    @PreAuthorize("isAuthenticated()")
    public Model model() {
        return new CatalogueGraph(iris)
                .build(entries(), catalogue.partners(), catalogue.release().orElse(null));
    }

    /** The catalogue written in {@code syntax}. */
    @PreAuthorize("isAuthenticated()")
    public String write(Syntax syntax) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model(), syntax.format);
        return out.toString();
    }

    /** Every entry that is not retired, in the document's order. */
    private List<CatalogueEntry> entries() {
        List<CatalogueEntry> entries = new ArrayList<>();
        List<SearchHit> page;
        do {
            page = catalogue.hits(CatalogueQuery.everything(), entries.size(), CatalogueService.MAX_PAGE);
            page.forEach(hit -> entries.add(hit.entry()));
        } while (page.size() == CatalogueService.MAX_PAGE);
        return entries;
    }
}
