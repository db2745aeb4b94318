package nl.onderwijsregio.workspace.catalogue.dcat;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms and value-list entries of DCAT-AP-DONL that Jena's own vocabulary classes do not have. */
final class DcatTerms {

    /** The EU Publications Office authority of access rights (required by DCAT-AP, taken over by DONL). */
    public static final String ACCESS_RIGHTS = "http://publications.europa.eu/resource/authority/access-right/";

    public static final Resource PUBLIC = ResourceFactory.createResource(ACCESS_RIGHTS + "PUBLIC");
    public static final Resource NON_PUBLIC = ResourceFactory.createResource(ACCESS_RIGHTS + "NON_PUBLIC");

    /** Dutch, from the EU language authority (DONL value list donl:Language). */
    public static final Resource DUTCH =
            ResourceFactory.createResource("http://publications.europa.eu/resource/authority/language/NLD");

    /** The theme "Onderwijs en wetenschap" of the OWMS Taxonomie Beleidsagenda, DONL's list for dcat:theme. */
    public static final Resource EDUCATION_THEME =
            ResourceFactory.createResource("http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap");

    /** "Licentie onbekend" of the DONL licence list: the Handreiking names no licences. */
    public static final Resource LICENCE_UNKNOWN =
            ResourceFactory.createResource("http://standaarden.overheid.nl/owms/terms/licentieonbekend");

    private DcatTerms() {}
}
