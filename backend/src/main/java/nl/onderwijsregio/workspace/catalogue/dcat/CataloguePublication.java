package nl.onderwijsregio.workspace.catalogue.dcat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.SearchHit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The shared catalogue published as DCAT-AP-NL 3.0: every entry that is not retired as a {@code dcat:Dataset} of one
 * {@code dcat:Catalog}, with IRIs under the workspace's public address ({@code workspace.public-url}). Public, like
 * the catalogue: harvesters such as data.overheid.nl read it without an account. Each syntax is written once per
 * state of the catalogue and kept with its ETag and last-modified moment for conditional requests.
 */
@Service
public class CataloguePublication {

    /** The RDF syntaxes the publication is written in. */
    public enum Syntax {
        JSON_LD("application/ld+json", RDFFormat.JSONLD11_PRETTY),
        TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
        RDF_XML("application/rdf+xml", RDFFormat.RDFXML_PRETTY);

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

    /**
     * The publication in one syntax.
     *
     * @param etag         a strong entity tag of the body (quoted)
     * @param lastModified the catalogue's latest change (or the release date), to the second
     */
    public record Document(Syntax syntax, String body, String etag, Instant lastModified) {}

    private record Written(String version, Document document) {}

    private final CatalogueService catalogue;
    private final PublicationIris iris;
    private final PublicationSettings settings;
    private final Map<Syntax, Written> written = new EnumMap<>(Syntax.class);

    CataloguePublication(
            CatalogueService catalogue,
            @Value("${workspace.public-url:http://localhost:8080}") String publicUrl,
            @Value("${workspace.catalogue.publisher-iri:}") @Nullable String publisherIri,
            @Value("${workspace.catalogue.contact.name:" + PublicationSettings.DEFAULT_CONTACT + "}")
                    String contactName,
            @Value("${workspace.catalogue.contact.email:}") @Nullable String contactEmail,
            @Value("${workspace.catalogue.contact.url:}") @Nullable String contactUrl,
            @Value("${workspace.catalogue.licence:}") @Nullable String licence) {
        this.catalogue = catalogue;
        this.iris = new PublicationIris(publicUrl);
        this.settings = new PublicationSettings(
                publisherIri, contactName, contactEmail, contactUrl, licence == null ? "" : licence);
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
    public Model model() {
        return new CatalogueGraph(iris, settings)
                .build(
                        entries(),
                        catalogue.partners(),
                        catalogue.release().orElse(null),
                        catalogue.lastChangePerEntry());
    }

    /** The catalogue written in {@code syntax}. */
    public String write(Syntax syntax) {
        return document(syntax).body();
    }

    /** The catalogue written in {@code syntax}, with what a conditional request needs; rewritten after a change. */
    public Document document(Syntax syntax) {
        String version = catalogue.version();
        synchronized (written) {
            Written known = written.get(syntax);
            if (known != null && known.version().equals(version)) {
                return known.document();
            }
        }
        Model model = model();
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, syntax.format);
        String body = out.toString();
        Instant lastModified = lastModified();
        Document document = new Document(syntax, body, etag(syntax, body), lastModified);
        synchronized (written) {
            written.put(syntax, new Written(version, document));
        }
        return document;
    }

    private Instant lastModified() {
        Instant latest = catalogue.lastChangePerEntry().values().stream()
                .max(Comparator.naturalOrder())
                .map(OffsetDateTime::toInstant)
                .orElse(null);
        Instant release = catalogue
                .release()
                .map(r -> r.published().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .orElse(Instant.EPOCH);
        Instant moment = latest == null || latest.isBefore(release) ? release : latest;
        return moment.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String etag(Syntax syntax, String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + syntax.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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
