package nl.onderwijsregio.workspace.catalogue.dcat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Declares the external value-list entries the feed uses (EU vocabularies, OWMS, DONL licences) with their type,
 * label and concept scheme, so that a validator or harvester without those vocabularies loaded still sees a
 * {@code skos:Concept} in the right scheme, a {@code dct:LinguisticSystem}, a {@code dct:LicenseDocument} and so on.
 */
final class Vocabularies {

    private final Model model;

    Vocabularies(Model model) {
        this.model = model;
    }

    Resource accessRight(Resource right) {
        String label = right.equals(DcatTerms.PUBLIC) ? "openbaar" : "beperkt";
        return concept(right, DcatTerms.ACCESS_RIGHTS, "Toegangsrechten (EU)", label)
                .addProperty(RDF.type, DCTerms.RightsStatement);
    }

    Resource dataTheme(Resource theme) {
        String label = switch (theme.getURI().substring(theme.getURI().lastIndexOf('/') + 1)) {
            case "EDUC" -> "Onderwijs, cultuur en sport";
            case "SOCI" -> "Bevolking en samenleving";
            case "REGI" -> "Regio's en steden";
            case "ECON" -> "Economie en financiën";
            default -> theme.getLocalName();
        };
        return concept(theme, DcatTerms.DATA_THEMES, "Datathema's (EU)", label);
    }

    Resource owmsEducation() {
        return concept(
                DcatTerms.OWMS_EDUCATION,
                DcatTerms.OWMS_THEMES,
                "Taxonomie Beleidsagenda (OWMS)",
                "Onderwijs en wetenschap");
    }

    Resource dutch() {
        return concept(DcatTerms.DUTCH, DcatTerms.LANGUAGES, "Talen (EU)", "Nederlands")
                .addProperty(RDF.type, DCTerms.LinguisticSystem);
    }

    Resource netherlands() {
        return concept(DcatTerms.NETHERLANDS, DcatTerms.COUNTRIES, "Landen (EU)", "Nederland")
                .addProperty(RDF.type, DCTerms.Location);
    }

    Resource fileType(Resource type, String label) {
        return concept(type, DcatTerms.FILE_TYPES, "Bestandstypen (EU)", label)
                .addProperty(RDF.type, DCTerms.MediaTypeOrExtent);
    }

    /** A licence: from the DONL list when it is one of the two the workspace knows, else only typed. */
    Resource licence(String iri) {
        Resource licence = model.createResource(iri).addProperty(RDF.type, DCTerms.LicenseDocument);
        if (iri.equals(DcatTerms.LICENCE_UNKNOWN.getURI())) {
            concept(licence, DcatTerms.LICENCES, "Licenties (DONL)", "Licentie onbekend");
        } else if (iri.equals(DcatTerms.CC_BY_4.getURI())) {
            concept(licence, DcatTerms.LICENCES, "Licenties (DONL)", "Creative Commons Naamsvermelding 4.0");
        }
        return licence;
    }

    Resource standard(Resource standard, String title) {
        return model.createResource(standard.getURI())
                .addProperty(RDF.type, DCTerms.Standard)
                .addProperty(DCTerms.title, model.createLiteral(title, "nl"));
    }

    Resource document(String iri) {
        return model.createResource(iri).addProperty(RDF.type, FOAF.Document);
    }

    private Resource concept(Resource iri, Resource scheme, String schemeTitle, String label) {
        Resource concept = model.createResource(iri.getURI());
        if (!concept.hasProperty(RDF.type, SKOS.Concept)) {
            concept.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, model.createLiteral(label, "nl"))
                    .addProperty(SKOS.inScheme, scheme(scheme, schemeTitle));
        }
        return concept;
    }

    private Resource scheme(Resource iri, String title) {
        Resource scheme = model.createResource(iri.getURI());
        if (!scheme.hasProperty(RDF.type, SKOS.ConceptScheme)) {
            scheme.addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(DCTerms.title, model.createLiteral(title, "nl"));
        }
        return scheme;
    }
}
