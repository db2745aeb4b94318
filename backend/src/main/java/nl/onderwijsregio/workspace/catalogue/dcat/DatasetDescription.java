package nl.onderwijsregio.workspace.catalogue.dcat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Theme;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.jspecify.annotations.Nullable;

/** One catalogue entry as a {@code dcat:Dataset} of DCAT-AP-NL 3.0 (the mapping is described on {@link CatalogueGraph}). */
final class DatasetDescription {

    static final String LANGUAGE = "nl";
    /** A navigation hint that only says where a hyperlink was ("Link", "Link PO Link VO"): nothing to tell. */
    private static final Pattern BARE_LINK = Pattern.compile("(?i)(\\s*link(\\s+(po|vo|mbo|ho|hbo|wo))?)+\\s*");
    /** A year or a span of years in an entry's text ("2019", "2019-2023", "2019 t/m 2023"). */
    private static final Pattern YEARS =
            Pattern.compile("\\b((?:19|20)\\d\\d)(?:\\s*(?:-|–|t/m|tot en met)\\s*((?:19|20)\\d\\d))?\\b");
    /** Catalogue themes that also fit an EU data theme besides education. */
    private static final Map<String, Resource> EU_THEMES = Map.of(
            Theme.ONDERWIJSARBEIDSMARKT.label(), DcatTerms.SOCIETY,
            Theme.KANSENGELIJKHEID.label(), DcatTerms.SOCIETY,
            Theme.REGIONALE_CONTEXT.label(), DcatTerms.REGIONS,
            Theme.INDELING_ONDERWIJSREGIOS.label(), DcatTerms.REGIONS);

    private final Model model;
    private final PublicationIris iris;
    private final Agents agents;
    private final Vocabularies vocabularies;

    DatasetDescription(Model model, PublicationIris iris, Agents agents, Vocabularies vocabularies) {
        this.model = model;
        this.iris = iris;
        this.agents = agents;
        this.vocabularies = vocabularies;
    }

    /**
     * Adds the entry as a dataset: {@code partner} is its data partner, {@code published} the ids of all datasets,
     * {@code modified} the entry's last change (or the release's date for an entry unchanged since the import).
     */
    Resource add(CatalogueEntry entry, @Nullable DataPartner partner, Set<String> published, Literal modified) {
        String iri = iris.dataset(entry.id());
        Resource licence = vocabularies.licence(
                partner != null && partner.licence() != null ? partner.licence() : DcatTerms.LICENCE_UNKNOWN.getURI());
        Resource dataset = model.createResource(iri, DCAT.Dataset)
                .addProperty(DCTerms.identifier, iri)
                .addProperty(DCTerms.title, text(entry.information()))
                .addProperty(DCTerms.description, text(description(entry)))
                .addProperty(
                        DCTerms.accessRights,
                        vocabularies.accessRight(entry.open() ? DcatTerms.PUBLIC : DcatTerms.RESTRICTED))
                .addProperty(DCTerms.language, vocabularies.dutch())
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.modified, modified)
                .addProperty(DCTerms.spatial, vocabularies.netherlands())
                .addProperty(DCAT.theme, vocabularies.dataTheme(DcatTerms.EDUCATION))
                .addProperty(DCAT.theme, vocabularies.owmsEducation())
                .addProperty(DCAT.theme, model.createResource(iris.theme(entry.theme())))
                .addProperty(DCAT.keyword, text(entry.theme()))
                .addProperty(DCAT.landingPage, vocabularies.document(iris.entryPage(entry.id())))
                .addProperty(FOAF.page, vocabularies.document(iris.entryPage(entry.id())));
        Resource euTheme = EU_THEMES.get(entry.theme());
        if (euTheme != null) {
            dataset.addProperty(DCAT.theme, vocabularies.dataTheme(euTheme));
        }
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
        Resource holder = partner == null ? agents.publisher() : agents.partner(partner);
        dataset.addProperty(DCTerms.publisher, holder)
                .addProperty(DCTerms.creator, holder)
                .addProperty(
                        DCAT.contactPoint, partner == null ? agents.maintainerContact() : agents.contactOf(partner));
        if (partner == null) {
            // the source text says where the data is ("Opvraagbaar bij opleiders"): a note, never an organisation
            dataset.addProperty(model.createProperty(iris.accessNoteProperty()), text(entry.source()));
        }
        temporal(entry).ifPresent(period -> dataset.addProperty(DCTerms.temporal, period));
        distribution(entry, licence).ifPresent(distribution -> dataset.addProperty(DCAT.distribution, distribution));
        if (entry.sameAs() != null && published.contains(entry.sameAs())) {
            dataset.addProperty(DCTerms.relation, model.createResource(iris.dataset(entry.sameAs())));
        }
        return dataset;
    }

    /**
     * Where to get the data: the entry's public base address, or for a navigation hint without one the entry's page
     * in the public catalogue (which shows the hint). None for an entry that has neither.
     */
    private Optional<Resource> distribution(CatalogueEntry entry, Resource licence) {
        String hint = hint(entry);
        if (entry.link() == null && hint == null) {
            return Optional.empty();
        }
        String accessUrl = entry.link() != null ? entry.link() : iris.entryPage(entry.id());
        Resource distribution = model.createResource(iris.distribution(entry.id()), DCAT.Distribution)
                .addProperty(
                        DCTerms.title, text(entry.open() ? "Vindplaats van de gegevens" : "Aanvragen van de gegevens"))
                .addProperty(DCAT.accessURL, model.createResource(accessUrl))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.language, vocabularies.dutch())
                .addProperty(DCTerms.format, vocabularies.fileType(DcatTerms.HTML, "HTML"));
        distribution.addProperty(
                DCTerms.description,
                text(
                        hint != null
                                ? sentence("Vindplaats", hint)
                                : entry.open()
                                        ? "De openbare vindplaats van de gegevens."
                                        : "Waar de gegevens op aanvraag te krijgen zijn."));
        return Optional.of(distribution);
    }

    /** The period the entry's text names ("2019-2023"), if any. */
    private Optional<Resource> temporal(CatalogueEntry entry) {
        String text = entry.information() + " " + (entry.level() == null ? "" : entry.level());
        Matcher years = YEARS.matcher(text);
        if (!years.find()) {
            return Optional.empty();
        }
        String end = years.group(2) == null ? years.group(1) : years.group(2);
        return Optional.of(model.createResource(iris.period(entry.id()), DCTerms.PeriodOfTime)
                .addProperty(DcatTerms.START_DATE, years.group(1), XSDDatatype.XSDgYear)
                .addProperty(DcatTerms.END_DATE, end, XSDDatatype.XSDgYear));
    }

    private static @Nullable String hint(CatalogueEntry entry) {
        String hint = entry.navigationHint();
        return hint == null || hint.isBlank() || BARE_LINK.matcher(hint).matches() ? null : hint;
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
        String hint = hint(entry);
        if (hint != null) {
            sentences.add(sentence("Vindplaats", hint));
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
