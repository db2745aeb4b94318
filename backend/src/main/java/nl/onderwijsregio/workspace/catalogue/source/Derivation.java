package nl.onderwijsregio.workspace.catalogue.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Facets derived from a catalogue entry's own text. The entry keeps the original wording; these rules only normalise
 * it, and each method documents its rules.
 */
public final class Derivation {

    /** The theme whose data the Handreiking calls sensitive. */
    public static final String SENSITIVE_THEME = Theme.KANSENGELIJKHEID.label();

    /** Words in the source naming a holder whose data is not public. */
    private static final List<String> CLOSED_HOLDERS = List.of(
            "bij besturen",
            "via besturen",
            "bij opleiders",
            "vervangingsfonds",
            "vfpf",
            "hrm-systemen",
            "regionaal loket",
            "gesloten",
            "microdata");

    /** Words in the source pointing at publicly available data. */
    private static final List<String> PUBLIC_DATA = List.of("open data", "databanken");

    /** Token rules per sector: {@code =x} is the whole word x, otherwise a word starting with it. */
    private static final Map<Sector, List<String>> SECTOR_WORDS = Map.of(
            Sector.PO, List.of("=po", "primair"),
            Sector.VO, List.of("=vo", "voortgezet", "=vwo", "=havo", "=vmbo", "brugklas"),
            Sector.MBO, List.of("=mbo"),
            Sector.HO, List.of("=ho", "=hbo", "hogescho", "=wo", "universit"),
            Sector.KINDEROPVANG, List.of("kinderopvang"));

    /** Token rules per granularity, as for sectors; several words are a phrase. */
    private static final Map<Granularity, List<String>> GRANULARITY_WORDS = Map.ofEntries(
            Map.entry(Granularity.VESTIGING, List.of("vestiging", "=school")),
            Map.entry(Granularity.INSTELLING, List.of("instelling", "universiteit", "hogeschool")),
            Map.entry(Granularity.BESTUUR, List.of("bestuur")),
            Map.entry(Granularity.OPLEIDING, List.of("opleiding", "lerarenopleiding")),
            Map.entry(Granularity.GEMEENTE, List.of("gemeente")),
            Map.entry(Granularity.WIJK_EN_BUURT, List.of("wijk", "buurt")),
            Map.entry(Granularity.COROP, List.of("corop")),
            Map.entry(Granularity.ARBEIDSMARKTREGIO, List.of("arbeidsmarktregio")),
            Map.entry(Granularity.ONDERWIJSREGIO, List.of("onderwijsregio")),
            Map.entry(Granularity.PROVINCIE, List.of("provincie")),
            Map.entry(Granularity.LANDELIJK, List.of("landelijk", "nationaal")),
            Map.entry(Granularity.PERSOON, List.of("persoon", "persoons")),
            Map.entry(Granularity.REGIO, List.of("=regio", "human capital agenda", "economic board")),
            Map.entry(Granularity.SAMENWERKINGSVERBAND, List.of("samenwerkingsverband")),
            Map.entry(Granularity.NIET_VAN_TOEPASSING, List.of("toelichting", "definities")));

    /** Names and abbreviations in an entry's source, per data partner id (see {@link #partnerId}). */
    private static final Map<String, List<String>> PARTNER_ALIASES = Map.ofEntries(
            Map.entry("onderwijsarbeidsmarkt-in-cijfers", List.of("dashboard onderwijsarbeidsmarkt in cijfers")),
            Map.entry("schoolbesturen", List.of("besturen")),
            Map.entry("onderwijsregio-nl", List.of("onderwijsregio.nl")),
            Map.entry("duo", List.of("duo open onderwijsdata")),
            Map.entry("duo-gesloten", List.of("duo gesloten")),
            Map.entry("vfpf", List.of("vervangingsfonds", "vfpf", "vvpf")),
            Map.entry("cbs", List.of("cbs statline")),
            Map.entry("cbs-microdata", List.of("cbs microdata")),
            Map.entry("uwv", List.of("uwv")),
            Map.entry("arbeidsmarktinzicht", List.of("arbeidsmarktinzicht")),
            Map.entry("unl", List.of("unl", "universitaire aanpak lerarentekort")),
            Map.entry("vh", List.of("vh", "vereniging hogescholen")),
            Map.entry("onderwijsatlas-po", List.of("onderwijsatlas", "arbeidsmarktplatform po")),
            Map.entry("sbb", List.of("sbb", "samenwerkingsorganisatie beroepsonderwijs bedrijfsleven")),
            Map.entry("mbo-transparant", List.of("mbo transparant", "mbo raad")),
            Map.entry("voion-scenariomodel-vo", List.of("voion")),
            Map.entry("appo-scenariomodel-po", List.of("appo")),
            Map.entry("centerdata", List.of("centerdata")),
            Map.entry("waarstaatjegemeente", List.of("waarstaatjegemeente")),
            Map.entry("open-data-gemeenten-provincies", List.of("open data gemeenten", "databanken gemeenten")));

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private Derivation() {}

    /**
     * Whether the entry's data is open or closed (on request / by agreement). In this order:
     * <ol>
     * <li>CLOSED when the source names a non-public holder: school boards ("bij besturen", "via besturen"), teacher
     * training ("bij opleiders"), the Vfpf, childcare "HRM-systemen", a "regionaal loket" (kept by the region itself),
     * or closed DUO data / CBS Microdata;</li>
     * <li>OPEN when the source points at public data ("open data", "databanken" of municipalities), even if it adds
     * "anders opvraagbaar";</li>
     * <li>CLOSED when the document gives no public place: link column "-" (e.g. "Soms beschikbaar via gemeenten"),
     * or only a contact ("Te vinden via contact met …", without a website or link);</li>
     * <li>OPEN otherwise (a lost hyperlink, a navigation hint or a public website).</li>
     * </ol>
     */
    public static Access access(CuratedEntry entry) {
        String source = entry.source().toLowerCase(Locale.ROOT);
        if (CLOSED_HOLDERS.stream().anyMatch(source::contains)) {
            return Access.CLOSED;
        }
        if (PUBLIC_DATA.stream().anyMatch(source::contains)) {
            return Access.OPEN;
        }
        String hint = entry.navigationHint();
        if (hint == null) {
            return Access.CLOSED;
        }
        String lower = hint.toLowerCase(Locale.ROOT);
        boolean contactOnly = lower.contains("contact") && !lower.contains("website") && !lower.contains("link");
        return contactOnly ? Access.CLOSED : Access.OPEN;
    }

    /**
     * The sectors the entry's information, source, level or link text names explicitly: po / primair; vo /
     * voortgezet / vwo / havo / vmbo / brugklas; mbo; ho (hoger onderwijs), hbo / hogeschool
     * and wo / universiteit / universitair as HO; kinderopvang. Words are split at non-letters, so "PO-personeel" and
     * "PO/VO" count; nothing is inferred from the theme or the holder.
     */
    public static Set<Sector> sectors(CuratedEntry entry) {
        String words = words(entry.information(), entry.source(), entry.level(), entry.navigationHint());
        Set<Sector> found = EnumSet.noneOf(Sector.class);
        SECTOR_WORDS.forEach((sector, rules) -> {
            if (rules.stream().anyMatch(rule -> matches(words, rule))) {
                found.add(sector);
            }
        });
        return Collections.unmodifiableSet(found);
    }

    /** The normalised granularities of the entry's level text (see {@link #granularitiesOf}); empty if it has none. */
    public static Set<Granularity> granularities(CuratedEntry entry) {
        return granularitiesOf(entry.level());
    }

    /**
     * The granularities a level or breakdown text names: each word (split at non-letters, so "Vestigings-,
     * instellings- of bestuursniveau" gives three) is matched by its stem, e.g. "gemeente" for "Gemeenteniveau",
     * "wijk"/"buurt", "universiteit" as INSTELLING, "school" as VESTIGING, "nationaal" as LANDELIJK; "regio" on its
     * own, Regio Deal, Human Capital Agenda and Economic Board are REGIO. A word after "niet" is skipped ("Regio,
     * maar niet onderwijsregio" is REGIO only). "Toelichting & definities" is NIET_VAN_TOEPASSING.
     */
    public static Set<Granularity> granularitiesOf(@Nullable String text) {
        String words = words(text);
        Set<Granularity> found = EnumSet.noneOf(Granularity.class);
        GRANULARITY_WORDS.forEach((granularity, rules) -> {
            if (rules.stream().anyMatch(rule -> matches(words, rule))) {
                found.add(granularity);
            }
        });
        return Collections.unmodifiableSet(found);
    }

    /**
     * The data partner (from {@code partners}) that holds the entry's data: the partner whose name or abbreviation
     * occurs first in the source, as a whole word, e.g. "DUO Open Onderwijsdata", "CBS StatLine", "UWV", "Vfpf",
     * "SBB" ("SBB/UWV" is SBB), "Centerdata; via Onderwijsregio.nl" is Centerdata, "Opvraagbaar bij besturen" is the
     * school boards, municipal open data or databanks are "Open data gemeenten en provincies". Arbeidsmarktplatform PO
     * publishes two listed products: a scenario model entry links to the APPO Scenariomodel, any other to the
     * Onderwijsatlas. Empty when no partner matches or the partner is not in {@code partners}.
     */
    public static Optional<String> partnerId(CuratedEntry entry, List<CuratedPartner> partners) {
        String source = entry.source().toLowerCase(Locale.ROOT);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, List<String>> aliases : PARTNER_ALIASES.entrySet()) {
            for (String alias : aliases.getValue()) {
                Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(alias) + "(?!\\p{L})")
                        .matcher(source);
                if (m.find() && m.start() < bestAt) {
                    bestAt = m.start();
                    best = aliases.getKey();
                }
            }
        }
        if ("onderwijsatlas-po".equals(best)
                && entry.information().toLowerCase(Locale.ROOT).contains("scenariomodel")) {
            best = "appo-scenariomodel-po";
        }
        String id = best;
        return partners.stream()
                .map(CuratedPartner::id)
                .filter(p -> p.equals(id))
                .findFirst();
    }

    /** Every partner id {@link #partnerId} can return, for checking against the catalogue's partners. */
    public static Set<String> knownPartnerIds() {
        return Collections.unmodifiableSet(new TreeSet<>(PARTNER_ALIASES.keySet()));
    }

    /** Whether the entry is in the theme Kansengelijkheid, whose data the Handreiking calls sensitive. */
    public static boolean sensitive(CuratedEntry entry) {
        return SENSITIVE_THEME.equals(entry.theme());
    }

    /** The lower-case words of the texts, space-separated and padded, without any word following "niet". */
    private static String words(@Nullable String... texts) {
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String previous = "";
            for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty() && !previous.equals("niet")) {
                    words.add(word);
                }
                previous = word;
            }
        }
        return words.stream().collect(Collectors.joining(" ", " ", " "));
    }

    private static boolean matches(String words, String rule) {
        return rule.startsWith("=") ? words.contains(" " + rule.substring(1) + " ") : words.contains(" " + rule);
    }
}
