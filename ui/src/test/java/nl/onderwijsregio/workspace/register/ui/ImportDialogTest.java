package nl.onderwijsregio.workspace.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.ImportRow;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterImport;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import dialog previews a file, blocks a file with errors, and imports a good one. */
class ImportDialogTest extends BrowserlessUiTest {

    static final String REGION = TestRegions.id("rivierenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    @Autowired
    RegisterImport importer;

    @Autowired
    RegisterService register;

    @Test
    void a_file_with_errors_cannot_be_imported_and_a_good_one_can() {
        inTab(AsUser.lead(REGION), REGION, () -> {
            int before = register.count(RegisterFilter.all());
            ImportDialog dialog = new ImportDialog(importer, () -> {});
            dialog.open();
            dialog.show(bytes("Catalogusbron;Wat;Soort houder;Houder\r\ne056;Dialoogtest;Onbekend;Vfpf\r\n"));
            Button commit = find(Button.class).withText("Inlezen").single();
            assertThat(commit.isEnabled()).isFalse();
            assertThat(find(Paragraph.class).all())
                    .extracting(Paragraph::getText)
                    .contains("0 nieuwe registraties, 0 registraties al aanwezig, 1 regel met fouten");

            dialog.show(bytes("Catalogusbron;Wat;Soort houder;Houder\r\ne056;Dialoogtest;Vfpf;Vfpf\r\n"));
            assertThat(commit.isEnabled()).isTrue();
            test(commit).click();
            assertThat(register.count(RegisterFilter.all())).isEqualTo(before + 1);
        });
    }

    @Test
    void an_unknown_catalogue_code_is_an_error_in_the_preview_and_nothing_is_read_in() {
        inTab(AsUser.lead(REGION), REGION, () -> {
            int before = register.count(RegisterFilter.all());
            ImportDialog dialog = new ImportDialog(importer, () -> {});
            dialog.open();
            dialog.show(bytes("Catalogusbron;Wat;Soort houder;Houder\r\ne999;Onbekende code (test);Vfpf;Vfpf\r\n"));
            assertThat(find(Button.class).withText("Inlezen").single().isEnabled())
                    .isFalse();
            assertThat(find(Paragraph.class).all())
                    .extracting(Paragraph::getText)
                    .contains("0 nieuwe registraties, 0 registraties al aanwezig, 1 regel met fouten");
            @SuppressWarnings("unchecked")
            Grid<ImportRow> preview = find(Grid.class).single();
            ImportRow row = preview.getGenericDataView().getItems().findFirst().orElseThrow();
            assertThat(row.action()).isEqualTo("ERROR");
            assertThat(row.errors()).anyMatch(e -> e.dutch().startsWith("Onbekende bron in de catalogus: e999"));
            assertThat(register.count(RegisterFilter.all())).isEqualTo(before);
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
