package nl.onderwijsregio.workspace.catalogue.dcat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
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
 * Builds the catalogue as a DCAT-AP-DONL graph. The mapping:
 * <ul>
 * <li>one {@code dcat:Catalog} (title, description, the release's version as {@code owl:versionInfo} and its date
 * as {@code dct:issued}, the latest entry change as {@code dct:modified}, language Dutch, publisher the Realisatie-Eenheid as {@code foaf:Organization},
 * {@code dcat:themeTaxonomy} the catalogue's own themes) linking every dataset with {@code dcat:dataset};</li>
 * <li>one {@code dcat:Dataset} per entry that is not retired: {@code dct:identifier} the entry id, {@code dct:title}
 * the information, {@code dct:description} composed from source, level, navigation hint, access and the caution for
 * sensitive data; {@code dct:accessRights} PUBLIC for open and NON_PUBLIC for closed data (EU access-right authority);
 * {@code dct:publisher} the data partner ({@code foaf:Agent} with its name, description and homepage) or, without a
 * partner, an agent named by the source text; {@code dcat:contactPoint} a {@code vcard:Organization} with the
 * partner's website where it has one; {@code dcat:landingPage} the entry's link; {@code dct:language} Dutch;
 * {@code dct:license} "licentie onbekend" (DONL's value list; the Handreiking names no licences);
 * {@code dct:modified} the last change of the entry; {@code dct:relation} the earlier identical entry;
 * {@code rdfs:seeAlso} the entry's page in the workspace;</li>
 * <li>themes: {@code dcat:theme} is always "Onderwijs en wetenschap" of the OWMS Taxonomie Beleidsagenda (DONL's
 * required list) plus the catalogue's own theme and sub-theme as {@code skos:Concept}s (sub-themes
 * {@code skos:broader} their theme) in the scheme {@code #themas}; theme and sub-theme are also
 * {@code dcat:keyword}s;</li>
 * <li>sectors become keywords by their Dutch name ("primair onderwijs"). The level of detail has no DCAT property
 * ({@code dcat:spatialResolutionInMeters} is metric, {@code dct:spatial} is the area covered, not the breakdown), so
 * each granularity is both a keyword ("niveau gemeente", for portals) and the value of this publication's own
 * property {@code #niveau}: a {@code skos:Concept} in the scheme {@code #niveaus}, labelled in Dutch.</li>
 * </ul>
 * Not published: distributions (the catalogue says where and how to obtain data, it does not host it), which
 * DCAT-AP-DONL asks for, and {@code adms:identifier}.
 */
final class CatalogueGraph {

    static final String TITLE = "Catalogus databronnen onderwijsregio's";
    static final String PUBLISHER_NAME = "Realisatie-Eenheid";
    private final PublicationIris iris;

    CatalogueGraph(PublicationIris iris) {
        this.iris = iris;
    }

    Model build(List<CatalogueEntry> entries, List<DataPartner> partners, @Nullable CatalogueRelease release) {
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        DatasetDescription datasets = new DatasetDescription(model, iris);
        Resource publisher = model.createResource(iris.publisher(), FOAF.Agent)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, datasets.text(PUBLISHER_NAME));
        Resource catalogue = model.createResource(iris.catalogue(), DCAT.Catalog)
                .addProperty(DCTerms.title, datasets.text(TITLE))
                .addProperty(DCTerms.description, datasets.text(description(release)))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.language, DcatTerms.DUTCH)
                .addProperty(FOAF.homepage, model.createResource(iris.base() + "/catalogus"))
                .addProperty(DCAT.themeTaxonomy, model.createResource(iris.themes()));
        if (release != null) {
            catalogue
                    .addProperty(DCTerms.issued, release.published().toString(), XSDDatatype.XSDdate)
                    .addProperty(OWL.versionInfo, release.version());
        }
        entries.stream()
                .map(CatalogueEntry::updatedAt)
                .max(Comparator.naturalOrder())
                .ifPresentOrElse(
                        latest -> catalogue.addProperty(DCTerms.modified, datasets.dateTime(latest)),
                        () -> modifiedOnRelease(catalogue, release));

        Map<String, DataPartner> partnersById = partners.stream()
                .collect(Collectors.toMap(DataPartner::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> used = new HashSet<>();
        Set<String> published = entries.stream().map(CatalogueEntry::id).collect(Collectors.toSet());
        for (CatalogueEntry entry : entries) {
            DataPartner partner = entry.partnerId() == null ? null : partnersById.get(entry.partnerId());
            if (partner != null && used.add(partner.id())) {
                agent(model, datasets, partner);
            }
            catalogue.addProperty(DCAT.dataset, datasets.add(entry, partner, published));
        }
        themes(model, datasets, entries);
        granularities(model, datasets, entries);
        return model;
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

    private void agent(Model model, DatasetDescription datasets, DataPartner partner) {
        Resource agent = model.createResource(iris.partner(partner.id()), FOAF.Agent)
                .addProperty(FOAF.name, datasets.text(partner.name()));
        if (!partner.description().isBlank()) {
            agent.addProperty(DCTerms.description, datasets.text(partner.description()));
        }
        if (partner.link() != null) {
            agent.addProperty(FOAF.homepage, model.createResource(partner.link()));
            model.createResource(iris.contact(partner.id()), VCARD4.Organization)
                    .addProperty(VCARD4.fn, partner.name())
                    .addProperty(VCARD4.hasURL, model.createResource(partner.link()));
        }
    }

    private void themes(Model model, DatasetDescription datasets, List<CatalogueEntry> entries) {
        Resource scheme = model.createResource(iris.themes(), SKOS.ConceptScheme)
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

    private static void modifiedOnRelease(Resource catalogue, @Nullable CatalogueRelease release) {
        if (release != null) {
            LocalDate day = release.published();
            catalogue.addProperty(DCTerms.modified, day.toString(), XSDDatatype.XSDdate);
        }
    }
}
