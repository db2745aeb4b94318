package nl.onderwijsregio.workspace.catalogue.dcat;

import java.util.HashMap;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.jspecify.annotations.Nullable;

/**
 * The organisations and contact points of the feed: the Realisatie-Eenheid (publisher of the catalogue, its API and
 * the entries without a data partner) and the data partners, each under its organisation IRI (TOOI/OWMS) when the
 * maintainer gave one, else as a described {@code foaf:Organization} under the publication's own IRI.
 */
final class Agents {

    static final String PUBLISHER_NAME = "Realisatie-Eenheid";
    private final Model model;
    private final PublicationIris iris;
    private final PublicationSettings settings;
    private final Vocabularies vocabularies;
    private final Map<String, Resource> partners = new HashMap<>();
    private final Map<String, Resource> contacts = new HashMap<>();
    private @Nullable Resource publisher;
    private @Nullable Resource maintainerContact;

    Agents(Model model, PublicationIris iris, PublicationSettings settings, Vocabularies vocabularies) {
        this.model = model;
        this.iris = iris;
        this.settings = settings;
        this.vocabularies = vocabularies;
    }

    /** The Realisatie-Eenheid, which keeps the catalogue. */
    Resource publisher() {
        if (publisher == null) {
            publisher = organisation(
                    settings.publisherIri() == null ? iris.publisher() : settings.publisherIri(), PUBLISHER_NAME);
        }
        return publisher;
    }

    /** The catalogue maintainer's contact point (also for every entry whose partner has no public contact). */
    Resource maintainerContact() {
        if (maintainerContact == null) {
            maintainerContact = contact(
                    iris.maintainerContact(),
                    settings.contactName(),
                    settings.contactEmail(),
                    settings.contactUrl() == null ? iris.cataloguePage() : settings.contactUrl());
        }
        return maintainerContact;
    }

    Resource partner(DataPartner partner) {
        return partners.computeIfAbsent(partner.id(), id -> {
            Resource agent = organisation(
                    partner.organisationIri() == null ? iris.partner(id) : partner.organisationIri(), partner.name());
            if (!partner.description().isBlank()) {
                agent.addProperty(DCTerms.description, model.createLiteral(partner.description(), "nl"));
            }
            if (partner.link() != null) {
                agent.addProperty(FOAF.homepage, vocabularies.document(partner.link()));
            }
            return agent;
        });
    }

    /** The partner's public contact (its address or website), or the maintainer's when it has neither. */
    Resource contactOf(DataPartner partner) {
        if (partner.contactEmail() == null && partner.link() == null) {
            return maintainerContact();
        }
        return contacts.computeIfAbsent(
                partner.id(), id -> contact(iris.contact(id), partner.name(), partner.contactEmail(), partner.link()));
    }

    private Resource organisation(String iri, String name) {
        return model.createResource(iri)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, model.createLiteral(name, "nl"));
    }

    private Resource contact(String iri, String name, @Nullable String email, @Nullable String url) {
        Resource contact = model.createResource(iri)
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, model.createLiteral(name, "nl"));
        if (email != null) {
            contact.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + email));
        }
        if (url != null) {
            contact.addProperty(VCARD4.hasURL, model.createResource(url));
        }
        return contact;
    }
}
