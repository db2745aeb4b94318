package nl.onderwijsregio.workspace.catalogue.dcat;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stable IRIs of everything the publication describes, all fragments of the publication's own address
 * ({@code <public-url>/api/v1/catalogue/dcat#…}), so that each resolves to the document that describes it.
 *
 * @param base the workspace's public address, without a trailing slash
 */
record PublicationIris(String base) {

    static final String PATH = "/api/v1/catalogue/dcat";

    PublicationIris {
        base = base.strip().replaceAll("/+$", "");
    }

    /** The namespace of the publication: its address plus {@code #}. */
    String namespace() {
        return base + PATH + "#";
    }

    String catalogue() {
        return namespace() + "catalogus";
    }

    String dataset(String entryId) {
        return namespace() + slug(entryId);
    }

    String distribution(String entryId) {
        return namespace() + slug(entryId) + "-distributie";
    }

    String period(String entryId) {
        return namespace() + slug(entryId) + "-periode";
    }

    /** The catalogue's own API as a {@code dcat:DataService}. */
    String service() {
        return namespace() + "api";
    }

    /** The DCAT feed's address (the service's endpoint). */
    String endpoint() {
        return base + PATH;
    }

    /** The OpenAPI description of the API (the service's endpoint description). */
    String endpointDescription() {
        return base + "/api/v1/openapi.json";
    }

    /** The catalogue maintainer's contact point. */
    String maintainerContact() {
        return namespace() + "contact-beheer";
    }

    /** This publication's property for how the data can be obtained when no data partner holds it. */
    String accessNoteProperty() {
        return namespace() + "toegangsnotitie";
    }

    /** The public catalogue page. */
    String cataloguePage() {
        return base + "/catalogus";
    }

    String publisher() {
        return namespace() + "realisatie-eenheid";
    }

    String partner(String partnerId) {
        return namespace() + "partner-" + slug(partnerId);
    }

    String contact(String partnerId) {
        return namespace() + "contact-" + slug(partnerId);
    }

    String themes() {
        return namespace() + "themas";
    }

    String theme(String theme) {
        return namespace() + "thema-" + slug(theme);
    }

    String subTheme(String theme, String subTheme) {
        return theme(theme) + "--" + slug(subTheme);
    }

    String granularities() {
        return namespace() + "niveaus";
    }

    String granularity(String name) {
        return namespace() + "niveau-" + slug(name);
    }

    /** The property linking a dataset to its level of detail (see {@link CatalogueGraph}). */
    String granularityProperty() {
        return namespace() + "niveau";
    }

    /** The entry's page in the public catalogue. */
    String entryPage(String entryId) {
        return base + "/catalogus?bron=" + slug(entryId);
    }

    /** Lower-case letters and digits joined by single hyphens: "(Onderwijs)arbeidsmarkt" is "onderwijs-arbeidsmarkt". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
