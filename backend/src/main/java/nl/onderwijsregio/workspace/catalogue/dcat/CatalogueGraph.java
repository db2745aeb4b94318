package nl.onderwijsregio.workspace.catalogue.dcat;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueRelease;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;
import org.jspecify.annotations.Nullable;

/**
 * Builds the catalogue as a DCAT-AP-NL 3.0 graph (validated against its SHACL shapes and those of DCAT-AP 3.0.1 by
 * {@code DcatConformanceTest}). The mapping:
 * <ul>
 * <li>one {@code dcat:Catalog} (title, description, the release's version as {@code owl:versionInfo} and its date
 * as {@code dct:issued}, the latest change as {@code dct:modified}, language Dutch, publisher and creator the
 * Realisatie-Eenheid, the maintainer's {@code dcat:contactPoint}, the EU data themes and the catalogue's own themes as
 * {@code dcat:themeTaxonomy}) linking every dataset with {@code dcat:dataset} and its API with {@code dcat:service};</li>
 * <li>the API as a {@code dcat:DataService}: the DCAT feed's address as {@code dcat:endpointURL}, the OpenAPI
 * description as {@code dcat:endpointDescription}, serving every dataset;</li>
 * <li>one {@code dcat:Dataset} per entry that is not retired, see {@link DatasetDescription}: {@code dct:identifier}
 * its IRI; publisher and creator the data partner (its TOOI/OWMS IRI, else a described {@code foaf:Organization}) or,
 * without a partner, the Realisatie-Eenheid, with the source text as the access note {@code #toegangsnotitie};
 * {@code dcat:contactPoint} the partner's public contact or the maintainer's; {@code dct:accessRights} PUBLIC for
 * open and RESTRICTED for closed data (on request or by agreement); {@code dct:license} the partner's licence or
 * "licentie onbekend"; {@code dct:modified} the entry's last change, else the release date; {@code dct:spatial} the
 * Netherlands; {@code dct:temporal} the years the entry names; {@code dcat:landingPage} the entry's public page;
 * one {@code dcat:Distribution} when the entry has a public address or a navigation hint;</li>
 * <li>themes: EU data theme EDUC (plus SOCI or REGI where the catalogue theme fits), OWMS "Onderwijs en wetenschap"
 * (data.overheid.nl's list) and the catalogue's own theme and sub-theme as {@code skos:Concept}s in the scheme
 * {@code #themas}; theme and sub-theme are also {@code dcat:keyword}s;</li>
 * <li>sectors become keywords by their Dutch name ("primair onderwijs"). The level of detail has no DCAT property
 * ({@code dcat:spatialResolutionInMeters} is metric, {@code dct:spatial} is the area covered, not the breakdown), so
 * each granularity is both a keyword ("niveau gemeente", for portals) and the value of this publication's own
 * property {@code #niveau}: a {@code skos:Concept} in the scheme {@code #niveaus}, labelled in Dutch.</li>
 * </ul>
 * The external value-list entries used are declared with type and scheme ({@link Vocabularies}).
 */
final class CatalogueGraph {

    static final String TITLE = "Catalogus databronnen onderwijsregio's";
    private final PublicationIris iris;
    private final PublicationSettings settings;

    CatalogueGraph(PublicationIris iris, PublicationSettings settings) {
        this.iris = iris;
        this.settings = settings;
    }

    Model build(
            List<CatalogueEntry> entries,
            List<DataPartner> partners,
            @Nullable CatalogueRelease release,
            Map<String, OffsetDateTime> lastChanges) {
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        Vocabularies vocabularies = new Vocabularies(model);
        Agents agents = new Agents(model, iris, settings, vocabularies);
        DatasetDescription datasets = new DatasetDescription(model, iris, agents, vocabularies);
        Resource catalogue = model.createResource(iris.catalogue(), DCAT.Catalog)
                .addProperty(DCTerms.title, datasets.text(TITLE))
                .addProperty(DCTerms.description, datasets.text(description(release)))
                .addProperty(DCTerms.publisher, agents.publisher())
                .addProperty(DCTerms.creator, agents.publisher())
                .addProperty(DCAT.contactPoint, agents.maintainerContact())
                .addProperty(DCTerms.language, vocabularies.dutch())
                .addProperty(DCTerms.license, vocabularies.licence(settings.licence()))
                .addProperty(DCTerms.spatial, vocabularies.netherlands())
                .addProperty(FOAF.homepage, vocabularies.document(iris.cataloguePage()))
                .addProperty(DCAT.themeTaxonomy, DcatTerms.DATA_THEMES)
                .addProperty(DCAT.themeTaxonomy, model.createResource(iris.themes()));
        vocabularies.dataTheme(DcatTerms.EDUCATION);
        if (release != null) {
            catalogue
                    .addProperty(DCTerms.issued, release.published().toString(), XSDDatatype.XSDdate)
                    .addProperty(OWL.versionInfo, release.version());
        }
        Literal releaseDate = release == null
                ? datasets.dateTime(OffsetDateTime.now())
                : model.createTypedLiteral(release.published().toString(), XSDDatatype.XSDdate);
        lastChanges.values().stream()
                .max(Comparator.naturalOrder())
                .ifPresentOrElse(
                        latest -> catalogue.addProperty(DCTerms.modified, datasets.dateTime(latest)),
                        () -> catalogue.addProperty(DCTerms.modified, releaseDate));

        Resource service = service(model, datasets, agents, vocabularies);
        catalogue.addProperty(DCAT.service, service);
        Map<String, DataPartner> partnersById = partners.stream()
                .collect(Collectors.toMap(DataPartner::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> published = entries.stream().map(CatalogueEntry::id).collect(Collectors.toSet());
        for (CatalogueEntry entry : entries) {
            DataPartner partner = entry.partnerId() == null ? null : partnersById.get(entry.partnerId());
            OffsetDateTime changed = lastChanges.get(entry.id());
            Resource dataset =
                    datasets.add(entry, partner, published, changed == null ? releaseDate : datasets.dateTime(changed));
            catalogue.addProperty(DCAT.dataset, dataset);
            service.addProperty(DcatTerms.SERVES_DATASET, dataset);
        }
        themes(model, datasets, entries);
        granularities(model, datasets, entries);
        model.createResource(iris.accessNoteProperty(), RDF.Property)
                .addProperty(RDFS.label, datasets.text("toegangsnotitie"))
                .addProperty(
                        RDFS.comment,
                        datasets.text("Waar of bij wie de gegevens te krijgen zijn wanneer geen datapartner ze"
                                + " beheert, zoals de Handreiking het zegt (\"Opvraagbaar bij opleiders\")."))
                .addProperty(RDFS.domain, DCAT.Dataset)
                .addProperty(RDFS.range, RDFS.Literal);
        return model;
    }

    /** The catalogue's own API, through which the feed (and the search) is served. */
    private Resource service(Model model, DatasetDescription datasets, Agents agents, Vocabularies vocabularies) {
        return model.createResource(iris.service(), DCAT.DataService)
                .addProperty(DCTerms.identifier, iris.service())
                .addProperty(DCTerms.title, datasets.text("API van de catalogus databronnen"))
                .addProperty(
                        DCTerms.description,
                        datasets.text("De catalogus als DCAT-AP-NL 3.0 (JSON-LD, Turtle, RDF/XML), zonder"
                                + " aanmelding te lezen; de overige API van de werkruimte vraagt een token."))
                .addProperty(DcatTerms.ENDPOINT_URL, model.createResource(iris.endpoint()))
                .addProperty(DcatTerms.ENDPOINT_DESCRIPTION, model.createResource(iris.endpointDescription()))
                .addProperty(DCTerms.publisher, agents.publisher())
                .addProperty(DCTerms.creator, agents.publisher())
                .addProperty(DCAT.contactPoint, agents.maintainerContact())
                .addProperty(DCTerms.accessRights, vocabularies.accessRight(DcatTerms.PUBLIC))
                .addProperty(DCTerms.license, vocabularies.licence(settings.licence()))
                .addProperty(DCTerms.language, vocabularies.dutch())
                .addProperty(DCTerms.conformsTo, vocabularies.standard(DcatTerms.DCAT_AP_NL, "DCAT-AP-NL 3.0"))
                .addProperty(DCTerms.format, vocabularies.fileType(DcatTerms.JSON_LD, "JSON-LD"))
                .addProperty(DCAT.theme, vocabularies.dataTheme(DcatTerms.EDUCATION))
                .addProperty(DCAT.keyword, datasets.text("onderwijsarbeidsmarkt"))
                .addProperty(DCAT.keyword, datasets.text("databronnen"))
                .addProperty(DCAT.landingPage, vocabularies.document(iris.cataloguePage()));
    }

    private void prefixes(Model model) {
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF.NS);
        model.setNsPrefix("vcard", VCARD4.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("cat", iris.namespace());
    }

    private void themes(Model model, DatasetDescription datasets, List<CatalogueEntry> entries) {
        Resource scheme = model.createResource(iris.themes(), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, datasets.text("Thema's van de catalogus databronnen"))
                .addProperty(SKOS.prefLabel, datasets.text("Thema's van de catalogus databronnen"));
        for (CatalogueEntry entry : entries) {
            Resource theme = model.createResource(iris.theme(entry.theme()), SKOS.Concept);
            if (!theme.hasProperty(SKOS.prefLabel)) {
                theme.addProperty(SKOS.prefLabel, datasets.text(entry.theme()))
                        .addProperty(SKOS.inScheme, scheme)
                        .addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, theme);
            }
            if (entry.subTheme() != null) {
                Resource sub = model.createResource(iris.subTheme(entry.theme(), entry.subTheme()), SKOS.Concept);
                if (!sub.hasProperty(SKOS.prefLabel)) {
                    sub.addProperty(SKOS.prefLabel, datasets.text(entry.subTheme()))
                            .addProperty(SKOS.inScheme, scheme)
                            .addProperty(SKOS.broader, theme);
                }
            }
        }
    }

    private void granularities(Model model, DatasetDescription datasets, List<CatalogueEntry> entries) {
        Set<String> names = new TreeSet<>();
        entries.forEach(entry -> names.addAll(entry.granularities()));
        if (names.isEmpty()) {
            return;
        }
        model.createResource(iris.granularityProperty(), RDF.Property)
                .addProperty(RDFS.label, datasets.text("detailniveau"))
                .addProperty(
                        RDFS.comment,
                        datasets.text("Het niveau waarop de gegevens uitgesplitst beschikbaar"
                                + " zijn, zoals vestiging, gemeente of onderwijsregio."))
                .addProperty(RDFS.domain, DCAT.Dataset)
                .addProperty(RDFS.range, SKOS.Concept);
        Resource scheme = model.createResource(iris.granularities(), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, datasets.text("Detailniveaus"))
                .addProperty(SKOS.prefLabel, datasets.text("Detailniveaus"));
        for (String name : names) {
            model.createResource(iris.granularity(name), SKOS.Concept)
                    .addProperty(SKOS.prefLabel, datasets.text(DatasetDescription.granularityLabel(name)))
                    .addProperty(SKOS.notation, name)
                    .addProperty(SKOS.inScheme, scheme);
        }
    }

    private static String description(@Nullable CatalogueRelease release) {
        String text = "De gedeelde lijst van databronnen voor de regionale arbeidsmarktanalyse van de"
                + " onderwijsregio's, bijgehouden door de Realisatie-Eenheid";
        return release == null ? text + "." : text + ": " + release.title() + " (versie " + release.version() + ").";
    }
}
