package nl.onderwijsregio.workspace.catalogue.dcat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.themes.Sector;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jspecify.annotations.Nullable;

/** One catalogue entry as a {@code dcat:Dataset} of DCAT-AP-DONL (the mapping is described on {@link CatalogueGraph}). */
final class DatasetDescription {

    static final String LANGUAGE = "nl";
    /** A navigation hint that only says where a hyperlink was ("Link", "Link PO Link VO"): nothing to tell. */
    private static final Pattern BARE_LINK = Pattern.compile("(?i)(\\s*link(\\s+(po|vo|mbo|ho|hbo|wo))?)+\\s*");

    private final Model model;
    private final PublicationIris iris;

    DatasetDescription(Model model, PublicationIris iris) {
        this.model = model;
        this.iris = iris;
    }

    /** Adds the entry as a dataset; {@code partner} is its data partner, {@code published} the ids of all datasets. */
    Resource add(CatalogueEntry entry, @Nullable DataPartner partner, Set<String> published) {
        Resource dataset = model.createResource(iris.dataset(entry.id()), DCAT.Dataset)
                .addProperty(DCTerms.identifier, entry.id())
                .addProperty(DCTerms.title, text(entry.information()))
                .addProperty(DCTerms.description, text(description(entry)))
                .addProperty(DCTerms.accessRights, entry.open() ? DcatTerms.PUBLIC : DcatTerms.NON_PUBLIC)
                .addProperty(DCTerms.language, DcatTerms.DUTCH)
                .addProperty(DCTerms.license, DcatTerms.LICENCE_UNKNOWN)
                .addProperty(DCTerms.modified, dateTime(entry.updatedAt()))
                .addProperty(DCAT.theme, DcatTerms.EDUCATION_THEME)
                .addProperty(DCAT.theme, model.createResource(iris.theme(entry.theme())))
                .addProperty(DCAT.keyword, text(entry.theme()))
                .addProperty(RDFS.seeAlso, model.createResource(iris.entryPage(entry.id())));
        if (entry.subTheme() != null) {
            dataset.addProperty(DCAT.theme, model.createResource(iris.subTheme(entry.theme(), entry.subTheme())))
                    .addProperty(DCAT.keyword, text(entry.subTheme()));
        }
        for (String sector : entry.sectors()) {
            dataset.addProperty(DCAT.keyword, text(sectorLabel(sector)));
        }
        for (String granularity : entry.granularities()) {
            dataset.addProperty(DCAT.keyword, text("niveau " + granularityLabel(granularity)))
                    .addProperty(
                            model.createProperty(iris.granularityProperty()),
                            model.createResource(iris.granularity(granularity)));
        }
        if (entry.link() != null) {
            dataset.addProperty(DCAT.landingPage, model.createResource(entry.link()));
        }
        if (partner != null) {
            dataset.addProperty(DCTerms.publisher, model.createResource(iris.partner(partner.id())));
            if (partner.link() != null) {
                dataset.addProperty(DCAT.contactPoint, model.createResource(iris.contact(partner.id())));
            }
        } else {
            dataset.addProperty(
                    DCTerms.publisher,
                    model.createResource()
                            .addProperty(RDF.type, FOAF.Agent)
                            .addProperty(FOAF.name, text(entry.source())));
        }
        if (entry.sameAs() != null && published.contains(entry.sameAs())) {
            dataset.addProperty(DCTerms.relation, model.createResource(iris.dataset(entry.sameAs())));
        }
        return dataset;
    }

    /**
     * Where the data comes from, at which level, how to find it (unless the hint only marks a lost hyperlink), whether
     * it is closed and whether it is sensitive.
     */
    static String description(CatalogueEntry entry) {
        List<String> sentences = new ArrayList<>();
        sentences.add(sentence("Bron", entry.source()));
        if (entry.level() != null) {
            sentences.add(sentence("Niveau", entry.level()));
        }
        if (entry.navigationHint() != null
                && !BARE_LINK.matcher(entry.navigationHint()).matches()) {
            sentences.add(sentence("Vindplaats", entry.navigationHint()));
        }
        sentences.add(
                entry.open()
                        ? "Openbaar beschikbaar."
                        : "Gesloten gegevens: alleen op aanvraag of via een overeenkomst te krijgen.");
        if (entry.sensitive()) {
            sentences.add("Let op: gevoelige gegevens over kansengelijkheid. Bedenk vooraf welke groep je onderzoekt"
                    + " en waarom, en welke vooronderstellingen in de vraag en de cijfers zitten.");
        }
        return String.join(" ", sentences);
    }

    Literal text(String text) {
        return model.createLiteral(text, LANGUAGE);
    }

    Literal dateTime(OffsetDateTime moment) {
        String lexical = moment.withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return model.createTypedLiteral(lexical, XSDDatatype.XSDdateTime);
    }

    static String sectorLabel(String sector) {
        try {
            return Sector.valueOf(sector).label().toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException unknown) {
            return sector.toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String granularityLabel(String granularity) {
        try {
            return Granularity.valueOf(granularity).label();
        } catch (IllegalArgumentException unknown) {
            return granularity.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String sentence(String label, String text) {
        String plain = text.strip().replaceAll("[.\\s]+$", "");
        return label + ": " + plain + ".";
    }
}
