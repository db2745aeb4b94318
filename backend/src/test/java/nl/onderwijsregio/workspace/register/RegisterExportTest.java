package nl.onderwijsregio.workspace.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The export holds exactly the region's own entries; opened back with the same library, it reads true. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegisterExportTest extends DatabaseTest {

    static final String OWN = TestRegions.id("noordkust");
    static final String OTHER = TestRegions.id("veenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN, OTHER);
    }

    @Autowired
    RegisterExport export;

    @Autowired
    RegisterService register;

    @Test
    void csv_and_xlsx_hold_the_regions_entries_and_nothing_of_other_regions() throws Exception {
        AsUser.lead(OTHER)
                .run(
                        OTHER,
                        () -> register.create(new RegisterDraft(
                                null,
                                "Eigen bron",
                                "=SOM(A1) (export-test)",
                                null,
                                "2024",
                                HolderKind.GEMEENTE,
                                "Gemeente Veenstad",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        AsUser.lead(OWN).run(OWN, () -> {
            for (String what : List.of("Eerste eigen regel", "Tweede eigen regel")) {
                register.create(new RegisterDraft(
                        "e019",
                        null,
                        what,
                        null,
                        null,
                        HolderKind.VFPF,
                        "Vfpf",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
            String csv = new String(export.csv(), StandardCharsets.UTF_8);
            assertThat(csv)
                    .startsWith("\uFEFFNummer;Catalogusbron;Bron;Wat")
                    .doesNotContain("Gemeente Veenstad")
                    .contains("Eerste eigen regel", "Tweede eigen regel");
            int entries = register.count(RegisterFilter.all());
            assertThat(entries).isEqualTo(2);
            assertThat(csv.split("\r\n")).hasSize(entries + 1);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx()))) {
                Sheet sheet = workbook.getSheet("Register");
                assertThat(sheet.getLastRowNum()).isEqualTo(entries);
                assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Wat");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AsUser.lead(OTHER)
                .run(
                        OTHER,
                        () -> assertThat(new String(export.csv(), StandardCharsets.UTF_8))
                                .contains("\"'=SOM(A1) (export-test)\"")
                                .contains("Gemeente Veenstad"));
    }

    @Test
    void national_staff_cannot_export_a_region() {
        assertThatThrownBy(() -> AsUser.withRole(Role.NATIONAL).run(OTHER, () -> export.csv()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
