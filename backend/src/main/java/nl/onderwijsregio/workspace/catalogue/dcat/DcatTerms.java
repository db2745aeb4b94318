package nl.onderwijsregio.workspace.catalogue.dcat;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms and value-list entries of DCAT-AP-NL 3.0 and the EU vocabularies that Jena's vocabulary classes lack. */
final class DcatTerms {

    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";

    /** The EU access-right authority (required by DCAT-AP). */
    static final Resource ACCESS_RIGHTS = resource(AUTHORITY + "access-right");

    static final Resource PUBLIC = resource(AUTHORITY + "access-right/PUBLIC");
    /** Closed data the holder gives on request or under an agreement: "available under certain conditions". */
    static final Resource RESTRICTED = resource(AUTHORITY + "access-right/RESTRICTED");

    /** The EU data-theme authority and the themes the catalogue uses. */
    static final Resource DATA_THEMES = resource(AUTHORITY + "data-theme");

    static final Resource EDUCATION = resource(AUTHORITY + "data-theme/EDUC");
    static final Resource SOCIETY = resource(AUTHORITY + "data-theme/SOCI");
    static final Resource REGIONS = resource(AUTHORITY + "data-theme/REGI");
    static final Resource ECONOMY = resource(AUTHORITY + "data-theme/ECON");

    static final Resource LANGUAGES = resource(AUTHORITY + "language");
    static final Resource DUTCH = resource(AUTHORITY + "language/NLD");

    static final Resource COUNTRIES = resource(AUTHORITY + "country");
    static final Resource NETHERLANDS = resource(AUTHORITY + "country/NLD");

    static final Resource FILE_TYPES = resource(AUTHORITY + "file-type");
    static final Resource HTML = resource(AUTHORITY + "file-type/HTML");
    static final Resource JSON_LD = resource(AUTHORITY + "file-type/JSON_LD");

    /** The theme "Onderwijs en wetenschap" of the OWMS Taxonomie Beleidsagenda, data.overheid.nl's theme list. */
    static final Resource OWMS_THEMES = resource("http://standaarden.overheid.nl/owms/terms/TaxonomieBeleidsagenda");

    static final Resource OWMS_EDUCATION =
            resource("http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap");

    /** The DONL licence list: "licentie onbekend", the explicit unknown value, and CC BY 4.0. */
    static final Resource LICENCES = resource("https://dcat.overheid.nl/application-profile/donl/taxonomy/licenses");

    static final Resource LICENCE_UNKNOWN = resource("http://standaarden.overheid.nl/owms/terms/licentieonbekend");
    static final Resource CC_BY_4 = resource("http://creativecommons.org/licenses/by/4.0/deed.nl");

    /** The application profile the feed conforms to. */
    static final Resource DCAT_AP_NL = resource("https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/");

    /** DCAT 3 properties that Jena's {@code DCAT} class does not have. */
    static final Property ENDPOINT_URL = property("http://www.w3.org/ns/dcat#endpointURL");

    static final Property ENDPOINT_DESCRIPTION = property("http://www.w3.org/ns/dcat#endpointDescription");
    static final Property SERVES_DATASET = property("http://www.w3.org/ns/dcat#servesDataset");
    static final Property ACCESS_SERVICE = property("http://www.w3.org/ns/dcat#accessService");
    static final Property START_DATE = property("http://www.w3.org/ns/dcat#startDate");
    static final Property END_DATE = property("http://www.w3.org/ns/dcat#endDate");

    private DcatTerms() {}

    private static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
