package nl.onderwijsregio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Texts for people live in the bundles ({@code i18n/messages_*} of the ui, {@code i18n/texts_*} of the backend), so
 * that English screens are English: a Dutch sentence, or a capitalised Dutch word of the screens' vocabulary, in a
 * string literal of the main sources fails this test. Not scanned: comments, log statements (for operators, in
 * English), text blocks (SQL), OpenAPI annotations (documentation for developers). Allowed file by file, with the
 * reason: the domain's own Dutch (demo data, the Handreiking's vocabulary and text, the DCAT feed for
 * data.overheid.nl, role and file names) and messages for operators of the command line and the start-up.
 */
class NoDutchTextInCodeTest {

    /** Function words that make a literal of two or more words a Dutch sentence (none of them also English). */
    private static final Set<String> DUTCH_WORDS = Set.of(
            "de",
            "het",
            "een",
            "en",
            "van",
            "niet",
            "geen",
            "zijn",
            "kan",
            "kunt",
            "voor",
            "naar",
            "bij",
            "nog",
            "deze",
            "dit",
            "wordt",
            "worden",
            "moet",
            "mag",
            "mogen",
            "alleen",
            "je",
            "jouw",
            "ons",
            "onze",
            "ook",
            "er",
            "wel",
            "zonder",
            "tot",
            "uit",
            "om",
            "heeft",
            "hebben",
            "staat",
            "bestaat",
            "onbekend",
            "onbekende",
            "ongeldig",
            "ongeldige",
            "geef",
            "kies",
            "schrijf",
            "intussen",
            "op",
            "aan",
            "te",
            "bevat",
            "gewijzigd");

    /** Words of the screens that are Dutch on their own (a header, a label, a status), when capitalised. */
    private static final Set<String> DUTCH_LABELS = Set.of(
            "thema",
            "subthema",
            "regio",
            "regio's",
            "bron",
            "bronnen",
            "bevinding",
            "bevindingen",
            "prioriteit",
            "prioriteiten",
            "omschrijving",
            "periode",
            "houder",
            "overeenkomst",
            "gewenst",
            "aangevraagd",
            "ontvangen",
            "afgewezen",
            "ingetrokken",
            "verwijderd",
            "gedeeld",
            "gepubliceerd",
            "opslaan",
            "annuleren",
            "verwijderen",
            "toevoegen",
            "wijzigen",
            "sluiten",
            "ja",
            "nee",
            "systeem",
            "hoofdstuk",
            "hoofdstukken",
            "versie",
            "titel",
            "tekst",
            "datum",
            "reactie",
            "reacties",
            "gemeente",
            "gemeenten",
            "niveau",
            "sectoren",
            "datapartner",
            "toelichting",
            "informatie",
            "wanneer",
            "wie",
            "wat",
            "soort",
            "waarde",
            "aantal",
            "onderwerp");

    /** Files (or folders) whose Dutch is the domain's, or not for the people who use the screens; why. */
    private static final Map<String, String> DOMAIN_TEXT = Map.ofEntries(
            Map.entry("priorities/DemoPriorities.java", "demo data: the demo regions' own (Dutch) content"),
            Map.entry("findings/DemoFindings.java", "demo data"),
            Map.entry("register/DemoRegister.java", "demo data"),
            Map.entry("analysis/DemoAnalyses.java", "demo data"),
            Map.entry("regions/DemoRegions.java", "demo data"),
            Map.entry("regions/DemoAreas.java", "demo data"),
            Map.entry("catalogue/dcat/", "the DCAT-AP-NL feed for data.overheid.nl is published in Dutch"),
            Map.entry("catalogue/source/", "the Handreiking's own text and the rules that derive values from it"),
            Map.entry("themes/", "the Handreiking's vocabulary (themes, sub-themes, sectors): the domain's names"),
            Map.entry("database/", "command line (backup, restore) and start-up messages for operators"),
            Map.entry("security/ProductionGuard.java", "start-up refusals for operators"),
            Map.entry("security/Role.java", "the realm's role names (regio-lead, regio-member)"),
            Map.entry("coverage/CoverageTable.java", "file names of the national exports"),
            Map.entry("api/OpenApiConfiguration.java", "the API's OpenAPI documentation, for developers"),
            Map.entry("analysis/EvidenceKind.java", "citation words of the text ([[bron:…]], [[bevinding:…]])"));

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern LOG = Pattern.compile("\\b(log|LOG|logger)\\.(trace|debug|info|warn|error)\\(");
    private static final Pattern API_DOCS = Pattern.compile(
            "@(Operation|Schema|Parameter|ApiResponse|Tag|RequestBody|Content|ExampleObject)\\b|\\b(summary|description)\\s*=");

    @Test
    void no_dutch_text_for_people_is_left_in_java_code() throws IOException {
        assertThat(scan())
                .as("Dutch text in Java code: move it to the bundles (README, section Talen / languages)")
                .isEmpty();
    }

    @Test
    void the_scan_finds_dutch_sentences_and_labels_and_passes_english_and_codes() {
        assertThat(dutch("Het bestand is leeg.")).isTrue();
        assertThat(dutch("Onbekende regio: ")).isTrue();
        assertThat(dutch("Gewenst")).isTrue();
        assertThat(dutch("Thema")).isTrue();
        assertThat(dutch("regio")).as("a parameter of the address").isFalse();
        assertThat(dutch("GEMEENTE")).as("an enum constant's name").isFalse();
        assertThat(dutch("The file is empty.")).isFalse();
        assertThat(dutch("register.bestand-leeg")).isFalse();
        assertThat(dutch("select * from region where id = ?")).isFalse();
        assertThat(dutch("text/csv;charset=UTF-8")).isFalse();
        assertThat(hits("// Het bestand is leeg\nlog.info(\"Het bestand is leeg\");\nString s = \"Kies een thema.\";"))
                .containsExactly("3: Kies een thema.");
    }

    private static Map<String, List<String>> scan() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../backend/src/main/java"))) {
            Path base = root.resolve("nl/onderwijsregio/workspace");
            try (Stream<Path> files = Files.walk(base)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = base.relativize(file).toString().replace('\\', '/');
                    if (DOMAIN_TEXT.keySet().stream().anyMatch(name::startsWith)) {
                        continue;
                    }
                    List<String> hits = hits(Files.readString(file));
                    if (!hits.isEmpty()) {
                        found.put(name, hits);
                    }
                }
            }
        }
        return found;
    }

    static List<String> hits(String source) {
        List<String> hits = new ArrayList<>();
        boolean inBlockComment = false;
        boolean inTextBlock = false;
        int inApiDocs = 0;
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (inTextBlock) {
                inTextBlock = !line.contains("\"\"\"");
                continue;
            }
            if (line.contains("\"\"\"")) {
                inTextBlock = line.indexOf("\"\"\"") == line.lastIndexOf("\"\"\"");
                continue;
            }
            if (inBlockComment) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("//")
                    || line.startsWith("*")
                    || LOG.matcher(line).find()) {
                continue;
            }
            // an OpenAPI annotation, and the lines its text continues on (up to its closing parenthesis)
            if (API_DOCS.matcher(line).find()) {
                inApiDocs = Math.max(inApiDocs, 0) + depth(line);
                continue;
            }
            if (inApiDocs > 0) {
                inApiDocs += depth(line);
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                if (dutch(literal.group(1))) {
                    hits.add((i + 1) + ": " + literal.group(1));
                }
            }
        }
        return hits;
    }

    /** Opened minus closed parentheses outside string literals. */
    private static int depth(String line) {
        String code = LITERAL.matcher(line).replaceAll("\"\"");
        return (int) (code.chars().filter(c -> c == '(').count()
                - code.chars().filter(c -> c == ')').count());
    }

    static boolean dutch(String text) {
        List<String> words = WORD.matcher(text.toLowerCase(Locale.ROOT))
                .results()
                .map(m -> m.group())
                .toList();
        if (words.size() == 1) {
            // a label is capitalised ("Thema", "Gewenst"); lower case is a parameter or a code ("regio", "thema"), and
            // so is upper case (an enum constant's name: "GEMEENTE")
            String word = text.strip().replaceAll("[:.]$", "");
            return DUTCH_LABELS.contains(words.getFirst()) && word.matches("\\p{Lu}[\\p{Ll}']*");
        }
        // a message key ("register.bestand-leeg") has no spaces
        return words.size() >= 2 && text.strip().contains(" ") && words.stream().anyMatch(DUTCH_WORDS::contains);
    }
}
