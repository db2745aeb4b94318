package nl.onderwijsregio.workspace.regions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Areas from a CSV file regio;gemeentecode: a preview per line, then all or nothing. Uses municipalities of Utrecht. */
@SpringBootTest(classes = BackendTestApplication.class)
class AreaImportTest extends DatabaseTest {

    private static final AsUser BEHEER = AsUser.withRole(Role.PLATFORM_ADMIN);
    private static final String D = TestRegions.id("import-d");
    private static final String E = TestRegions.id("import-e");
    private static final String G = TestRegions.id("import-g");
    private static final String H = TestRegions.id("import-h");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, D, E, G, H);
    }

    @Autowired
    AreaImport importer;

    @Autowired
    RegionAreaService areas;

    @Test
    void the_preview_names_each_wrong_line_and_nothing_is_imported() {
        String file = "regio;gemeentecode\n" + G + ";GM0344\n" + G + ";310\n" + TestRegions.name(H) + ";GM0355\n" + H
                + ";GM0344\n" + "onbekend-xyz;GM0312\n" + G + ";GM9999\n" + G + "\n";
        BEHEER.run(null, () -> {
            AreaImportPreview preview = importer.preview(file.getBytes(UTF_8));
            assertThat(preview.lines())
                    .extracting(
                            AreaImportLine::line,
                            AreaImportLine::outcome,
                            l -> l.message() == null ? null : l.message().dutch())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, AreaImportLine.Outcome.ADD, null),
                            org.assertj.core.groups.Tuple.tuple(3, AreaImportLine.Outcome.ADD, null),
                            org.assertj.core.groups.Tuple.tuple(4, AreaImportLine.Outcome.ADD, null),
                            org.assertj.core.groups.Tuple.tuple(
                                    5, AreaImportLine.Outcome.ERROR, "Gemeente Utrecht (GM0344) staat al op regel 2."),
                            org.assertj.core.groups.Tuple.tuple(
                                    6, AreaImportLine.Outcome.ERROR, "Onbekende regio: onbekend-xyz."),
                            org.assertj.core.groups.Tuple.tuple(
                                    7, AreaImportLine.Outcome.ERROR, "Onbekende gemeentecode: GM9999."),
                            org.assertj.core.groups.Tuple.tuple(
                                    8,
                                    AreaImportLine.Outcome.ERROR,
                                    "Een regel heeft twee kolommen: regio;gemeentecode."));
            assertThat(preview.acceptable()).isFalse();
            assertThatThrownBy(() -> importer.commit(file.getBytes(UTF_8)))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessageContaining("niets ingelezen");
            assertThat(areas.area(G).municipalities()).isEmpty();
        });
    }

    @Test
    void a_good_file_gives_each_named_region_its_whole_area_and_a_second_file_moves_a_municipality() {
        BEHEER.run(null, () -> {
            String first = D + ";GM0344\n" + D + ";GM0310\n" + E + ";GM0355\n" + E + ";GM0312\n";
            assertThat(importer.preview(first.getBytes(UTF_8)).acceptable()).isTrue();
            assertThat(importer.commit(first.getBytes(UTF_8))).containsExactly(D, E);
            assertThat(codes(D)).containsExactly("GM0310", "GM0344");

            // Bunnik moves from E to D; E keeps Zeist
            String second =
                    "regio;gemeentecode\n" + D + ";GM0344\n" + D + ";GM0310\n" + D + ";GM0312\n" + E + ";GM0355\n";
            AreaImportPreview preview = importer.preview(second.getBytes(UTF_8));
            assertThat(preview.lines())
                    .extracting(AreaImportLine::outcome)
                    .containsExactly(
                            AreaImportLine.Outcome.KEEP,
                            AreaImportLine.Outcome.KEEP,
                            AreaImportLine.Outcome.ADD,
                            AreaImportLine.Outcome.KEEP);
            assertThat(preview.removed()).isEqualTo(Map.of(E, List.of("GM0312")));
            importer.commit(second.getBytes(UTF_8));
            assertThat(codes(D)).containsExactly("GM0310", "GM0312", "GM0344");
            assertThat(codes(E)).containsExactly("GM0355");
        });
    }

    @Test
    void an_area_the_file_would_leave_in_pieces_is_a_problem_of_the_preview() {
        String region = TestRegions.id("import-f");
        BEHEER.run(null, () -> {
            String file = region + ";GM0589\n" + region + ";GM0632\n"; // Oudewater, Woerden: neighbours
            assertThat(importer.preview(file.getBytes(UTF_8)).lines())
                    .extracting(AreaImportLine::outcome)
                    .containsOnly(AreaImportLine.Outcome.ERROR);
        });
        assertThat(BEHEER.call(
                        null,
                        () -> importer.preview((E + ";GM0355\n" + E + ";GM0632\n").getBytes(UTF_8)).problems().stream()
                                .map(Message::dutch)
                                .toList()))
                .singleElement()
                .asString()
                .contains("niet aaneengesloten");
    }

    private List<String> codes(String region) {
        return areas.area(region).municipalities().stream()
                .map(Municipality::code)
                .sorted()
                .toList();
    }
}
