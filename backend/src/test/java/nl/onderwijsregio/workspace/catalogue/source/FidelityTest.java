package nl.onderwijsregio.workspace.catalogue.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated catalogue against the Handreiking text, read here independently of the curated file: nothing lost,
 * merged wrongly or invented, in the document's order.
 */
class FidelityTest {

    /** Read from the text by hand: rows per theme. A guard on the parser below as much as on the curated file. */
    static final Map<String, Integer> ROWS_PER_THEME = orderedMap(
            "(Onderwijs)arbeidsmarkt",
            35,
            "Indeling onderwijsregio's",
            5,
            "Aantrekken",
            12,
            "Behouden",
            6,
            "Continueren",
            1,
            "Regionale context",
            15,
            "Kansengelijkheid",
            25,
            "Onderwijskwaliteit",
            16,
            "Voorschoolse educatie",
            12,
            "Aanpalende organisaties",
            18);

    /**
     * The only rows the PDF conversion wrapped onto a later line (each after a page break): the later line has empty
     * cells except the continued ones. Listed here so that the parser cannot silently glue other lines to rows.
     */
    static final List<Continuation> WRAPPED = List.of(
            new Continuation(
                    "Stromen van vo- naar mbo- en ho-instellingen (bijv. voor",
                    0,
                    "inschatting of vo-leerlingen in de regio blijven studeren)"),
            new Continuation(
                    "Online UWV vacatures (uitgesplitst naar pedagogische beroepen, nader uitgesplitst "
                            + "naar verschillende soorten leraren,",
                    0,
                    "onderwijsassistenten en kinderopvang)"),
            new Continuation(
                    "Online UWV vacatures (uitgesplitst naar pedagogische beroepen, nader uitgesplitst "
                            + "naar verschillende soorten leraren,",
                    3,
                    "selecteer je beroepsgroep onder beroepsgroep"),
            new Continuation("In- en uitstroom personeel", 1, "die bij de regio betrokken zijn"));

    /** Sub-theme headings whose body wording differs from the table of contents beyond case and "&"/"en". */
    static final Map<String, String> HEADING_VARIANTS = Map.of("Matches", "Matchen");

    /** The only URLs allowed, each with the name the row's source or partner name must contain. */
    static final Map<String, String> PUBLIC_BASES = Map.of(
            "https://duo.nl/open_onderwijsdata/", "DUO Open Onderwijsdata",
            "https://opendata.cbs.nl/", "CBS StatLine",
            "https://www.waarstaatjegemeente.nl/", "Waarstaatjegemeente.nl");

    static final Seed SEED = Seed.read();
    static final CuratedCatalogue CATALOGUE = CuratedCatalogue.load();

    @Test
    void the_independent_reading_of_the_text_finds_what_a_reader_finds() {
        assertThat(SEED.toc.keySet()).containsExactlyElementsOf(ROWS_PER_THEME.keySet());
        assertThat(countBy(SEED.rows, Row::theme)).isEqualTo(ROWS_PER_THEME);
        assertThat(SEED.partners).hasSize(20);
        assertThat(SEED.continuations).containsExactlyElementsOf(WRAPPED);
    }

    @Test
    void every_body_heading_is_a_sub_theme_of_the_table_of_contents() {
        for (Map.Entry<String, List<String>> theme : SEED.toc.entrySet()) {
            List<String> body = SEED.rows.stream()
                    .filter(r -> r.theme().equals(theme.getKey()))
                    .map(Row::subTheme)
                    .distinct()
                    .toList();
            assertThat(body).as(theme.getKey()).hasSameSizeAs(theme.getValue());
            for (int i = 0; i < body.size(); i++) {
                String heading = HEADING_VARIANTS.getOrDefault(body.get(i), body.get(i));
                assertThat(comparable(heading))
                        .as(theme.getKey())
                        .startsWith(comparable(theme.getValue().get(i)));
            }
        }
    }

    @Test
    void every_partner_of_the_table_is_present_in_order_with_its_texts_and_access() {
        List<CuratedPartner> partners = CATALOGUE.partners();
        assertThat(partners).hasSameSizeAs(SEED.partners);
        for (int i = 0; i < partners.size(); i++) {
            CuratedPartner partner = partners.get(i);
            List<String> cells = SEED.partners.get(i);
            assertThat(partner.name()).isEqualTo(cells.get(0));
            assertThat(partner.description()).as(partner.name()).isEqualTo(cells.get(1));
            assertThat(partner.access())
                    .as(partner.name())
                    .isEqualTo(
                            switch (cells.get(2)) {
                                case "Open" -> Access.OPEN;
                                case "Gesloten" -> Access.CLOSED;
                                default -> throw new AssertionError("Unknown access " + cells.get(2));
                            });
            assertThat(partner.breakdown()).as(partner.name()).isEqualTo(cells.get(3));
            assertThat(partner.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            checkLink(partner.link(), cells.get(4), partner.name());
        }
        assertThat(partners)
                .extracting(CuratedPartner::id)
                .doesNotHaveDuplicates()
                .contains("duo", "cbs", "uwv", "vfpf", "sbb", "vh", "unl", "waarstaatjegemeente");
    }

    @Test
    void every_entry_matches_the_row_of_the_text_at_the_same_position() {
        List<CuratedEntry> entries = CATALOGUE.entries();
        assertThat(countBy(entries, e -> e.theme() + " / " + e.subTheme()))
                .isEqualTo(countBy(SEED.rows, r -> r.theme() + " / " + r.subTheme()));
        assertThat(entries).hasSameSizeAs(SEED.rows);
        for (int i = 0; i < entries.size(); i++) {
            CuratedEntry entry = entries.get(i);
            Row row = SEED.rows.get(i);
            assertThat(entry.id()).isEqualTo("e%03d".formatted(i + 1));
            assertThat(List.of(entry.theme(), String.valueOf(entry.subTheme())))
                    .as(entry.id())
                    .containsExactly(row.theme(), row.subTheme());
            assertThat(entry.information()).as(entry.id()).isEqualTo(row.cell(0));
            assertThat(entry.source()).as(entry.id()).isEqualTo(row.cell(1));
            assertThat(entry.level()).as(entry.id()).isEqualTo(row.cell(2).equals("-") ? null : row.cell(2));
            assertThat(entry.navigationHint())
                    .as(entry.id())
                    .isEqualTo(row.cell(3).equals("-") ? null : row.cell(3));
            checkLink(entry.link(), row.cell(3), entry.source());
        }
    }

    @Test
    void every_entry_text_stands_in_its_theme_section_contiguously_and_in_order() {
        for (String theme : ROWS_PER_THEME.keySet()) {
            String section = SEED.sections.get(theme);
            int cursor = 0;
            for (CuratedEntry entry : CATALOGUE.entries().stream()
                    .filter(e -> e.theme().equals(theme))
                    .toList()) {
                String expected = asPrinted(entry);
                int at = section.indexOf(expected, cursor);
                if (at < 0) {
                    fail("%s not found in order in the section %s: %s", entry.id(), theme, expected);
                }
                cursor = at + expected.length();
            }
        }
    }

    @Test
    void same_as_links_exactly_the_identical_rows_under_another_theme() {
        List<CuratedEntry> entries = CATALOGUE.entries();
        for (int i = 0; i < entries.size(); i++) {
            Row row = SEED.rows.get(i);
            String expected = null;
            for (int j = 0; j < i && expected == null; j++) {
                Row earlier = SEED.rows.get(j);
                if (!earlier.theme().equals(row.theme())
                        && earlier.cells().subList(0, 3).equals(row.cells().subList(0, 3))) {
                    expected = entries.get(j).id();
                }
            }
            assertThat(entries.get(i).sameAs()).as(entries.get(i).id()).isEqualTo(expected);
        }
        assertThat(entries).filteredOn(e -> e.sameAs() != null).hasSize(7);
    }

    @Test
    void the_file_names_its_source_and_version() throws IOException {
        try (InputStream in = FidelityTest.class.getResourceAsStream(CuratedCatalogue.RESOURCE)) {
            JsonNode json = JsonMapper.builder().build().readTree(Objects.requireNonNull(in));
            assertThat(json.get("source").asString()).isEqualTo("Handreiking Databronnen (Realisatie-Eenheid)");
        }
        assertThat(CATALOGUE.version()).isNotBlank();
        assertThat(CATALOGUE.title()).startsWith("Handreiking Databronnen");
    }

    /** A link is a whitelisted public base of the named source, and only where the document had a link. */
    private static void checkLink(@Nullable String link, String linkCell, String owner) {
        if (link == null) {
            return;
        }
        assertThat(linkCell).as(owner).isNotEqualTo("-");
        assertThat(PUBLIC_BASES).as(owner).containsKey(link);
        assertThat(owner).startsWith(PUBLIC_BASES.get(link));
    }

    /** The entry as its cells stand on the page(s): wrapped cells split, their continuations on the next line. */
    private static String asPrinted(CuratedEntry entry) {
        List<String> cells = new ArrayList<>(List.of(
                entry.information(),
                entry.source(),
                String.valueOf(entry.level()),
                entry.navigationHint() == null ? "-" : entry.navigationHint()));
        List<String> continued = new ArrayList<>();
        for (Continuation c : WRAPPED) {
            if (entry.information().startsWith(c.rowStart())
                    && cells.get(c.column()).endsWith(" " + c.text())) {
                String cell = cells.get(c.column());
                cells.set(c.column(), cell.substring(0, cell.length() - c.text().length() - 1));
                continued.add(c.text());
            }
        }
        cells.addAll(continued);
        return String.join(" ", cells);
    }

    private static String comparable(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace("&", "en");
    }

    private static <T> Map<String, Integer> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.summingInt(x -> 1)));
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A cell of a wrapped row continued on a later line. */
    record Continuation(String rowStart, int column, String text) {}

    /** A table row of the text: its theme and sub-theme heading, and its four cells (whitespace normalised). */
    record Row(String theme, String subTheme, List<String> cells) {

        String cell(int column) {
            return cells.get(column);
        }
    }

    /** The Handreiking text, parsed: table of contents, partner table, catalogue rows and theme sections. */
    static final class Seed {
        static final String PARTNER_HEADER = "Naam\tOmschrijving\tOpen/ gesloten\tUitsplitsing\tLink";
        static final String TABLE_HEADER = "Informatie\tBron\tNiveau\tLink";

        final Map<String, List<String>> toc = new LinkedHashMap<>();
        final List<List<String>> partners = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();
        final List<Continuation> continuations = new ArrayList<>();
        final Map<String, String> sections = new LinkedHashMap<>();

        static Seed read() {
            try (InputStream in = FidelityTest.class.getResourceAsStream(CuratedCatalogue.SEED_RESOURCE)) {
                String text = new String(Objects.requireNonNull(in, "seed").readAllBytes(), StandardCharsets.UTF_8);
                Seed seed = new Seed();
                seed.parse(text.lines().toList());
                return seed;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void parse(List<String> lines) {
            int i = lines.indexOf("Links naar datasets") + 1;
            assertThat(i).as("table of contents").isPositive();
            String theme = null;
            for (; !lines.get(i).equals("Belangrijkste datapartners"); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("- ")) {
                    toc.get(theme).add(line.substring(2));
                } else if (!line.isEmpty()) {
                    theme = line;
                    toc.put(theme, new ArrayList<>());
                }
            }
            i = lines.indexOf(PARTNER_HEADER) + 1;
            for (; !toc.containsKey(lines.get(i)); i++) {
                if (!lines.get(i).isBlank()) {
                    List<String> cells = List.of(lines.get(i).split("\t", -1));
                    assertThat(cells).as(lines.get(i)).hasSize(5).doesNotContain("");
                    partners.add(cells.stream().map(FidelityTest::normalise).toList());
                }
            }
            parseBody(lines.subList(i, lines.size()));
        }

        private void parseBody(List<String> lines) {
            String theme = null;
            String heading = null;
            boolean inTable = false;
            StringBuilder section = new StringBuilder();
            for (String line : lines) {
                if (toc.containsKey(line)) {
                    theme = line;
                    section = new StringBuilder();
                    sections.put(theme, "");
                    inTable = false;
                    continue;
                }
                section.append(line).append('\n');
                sections.put(theme, normalise(section.toString()));
                if (line.equals(TABLE_HEADER)) {
                    inTable = true;
                } else if (line.contains("\t")) {
                    assertThat(inTable).as("table row outside a table: " + line).isTrue();
                    tableLine(theme, heading, List.of(line.split("\t", -1)));
                } else if (!line.isBlank()) {
                    heading = line.strip();
                    inTable = false;
                }
            }
        }

        private void tableLine(String theme, String heading, List<String> cells) {
            assertThat(cells).hasSize(4);
            if (cells.stream().allMatch(c -> c.strip().matches("-*"))) {
                return; // a separator line of dashes
            }
            if (cells.stream().noneMatch(String::isBlank)) {
                rows.add(new Row(
                        theme,
                        heading,
                        cells.stream().map(FidelityTest::normalise).toList()));
                return;
            }
            Row last = rows.getLast();
            List<String> joined = new ArrayList<>(last.cells());
            for (int c = 0; c < 4; c++) {
                if (!cells.get(c).isBlank()) {
                    continuations.add(new Continuation(last.cell(0), c, normalise(cells.get(c))));
                    joined.set(c, normalise(joined.get(c) + " " + cells.get(c)));
                }
            }
            rows.set(rows.size() - 1, new Row(last.theme(), last.subTheme(), joined));
        }
    }
}
