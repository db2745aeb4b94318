package nl.onderwijsregio.workspace.regions.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.regions.AreaImport;
import nl.onderwijsregio.workspace.regions.AreaImportLine;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Beheer › Gebieden: the administrator assigns municipalities in the searchable list (rules answered at the list),
 * accepts the neighbour proposal that follows, and previews a CSV import. Uses Zaanstad, Oostzaan and Wormerland.
 */
class AreaAdminViewTest extends BrowserlessUiTest {

    private static final AsUser BEHEER = AsUser.withRole(Role.PLATFORM_ADMIN);
    private static final String X = TestRegions.id("zaan-x");
    private static final String Y = TestRegions.id("zaan-y");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration, @Autowired RegionAreaService areas) {
        TestRegions.create(administration, X, Y);
        BEHEER.run(null, () -> areas.setArea(Y, List.of("GM0431"))); // Oostzaan
    }

    @Autowired
    RegionService regions;

    @Autowired
    AreaImport importer;

    @Test
    void the_administrator_assigns_a_municipality_sees_the_rules_and_accepts_the_neighbour_proposal() {
        BEHEER.run(null, () -> {
            navigate(AreaAdminView.class);
            @SuppressWarnings("unchecked")
            Select<Region> region = find(Select.class).id("area-region");
            region.setValue(regions.find(X).orElseThrow());
            test(find(TextField.class).id("municipality-filter")).setValue("zaan");
            @SuppressWarnings("unchecked")
            Grid<Municipality> grid = find(Grid.class).id("municipality-grid");
            assertThat(test(grid).size()).isPositive();
            assertThat(test(grid).getRow(0).name()).containsIgnoringCase("zaan");

            test(find(TextField.class).id("municipality-filter")).setValue("GM0479"); // Zaanstad
            Button add = (Button) test(grid).getCellComponent(0, 3);
            assertThat(add.getId()).contains("add-GM0479");
            test(add).click();
            assertThat(find(Paragraph.class).id("area-message").getText())
                    .isEqualTo("Zaanstad hoort nu bij " + TestRegions.name(X) + ".");
            test(find(TextField.class).id("municipality-filter")).setValue("Hilversum"); // far away
            test((Button) test(grid).getCellComponent(0, 3)).click();
            assertThat(find(Paragraph.class).id("area-message").getText()).contains("niet aaneengesloten");

            String accept = "accept-" + (X.compareTo(Y) < 0 ? X + "-" + Y : Y + "-" + X);
            accept = find(Button.class).all().stream()
                    .map(b -> b.getId().orElse(""))
                    .filter(id -> id.startsWith("accept-") && id.contains(X) && id.contains(Y))
                    .findFirst()
                    .orElse(accept);
            test(find(Button.class).id(accept)).click();
            assertThat(regions.neighboursOf(X)).extracting(Region::id).containsExactly(Y);
            assertThat(find(Button.class).all())
                    .extracting(b -> b.getId().orElse(""))
                    .noneMatch(id -> id.startsWith("accept-") && id.contains(X) && id.contains(Y));
        });
    }

    @Test
    void the_import_dialog_previews_each_line_and_only_a_good_file_can_be_read_in() {
        String region = TestRegions.id("zaan-import");
        TestRegions.create(administration, region);
        BEHEER.run(null, () -> {
            AreaImportDialog dialog = new AreaImportDialog(importer, () -> {});
            dialog.open();
            dialog.show((region + ";GM0880\n" + region + ";GM9999\n").getBytes(UTF_8)); // Wormerland, unknown
            @SuppressWarnings("unchecked")
            Grid<AreaImportLine> preview = find(Grid.class).from(dialog).id("area-import-preview");
            assertThat(test(preview).size()).isEqualTo(2);
            assertThat(test(preview).getRow(1).message().dutch()).isEqualTo("Onbekende gemeentecode: GM9999.");
            assertThat(find(Button.class).from(dialog).id("area-import-commit").isEnabled())
                    .isFalse();
            dialog.show((region + ";GM0880\n").getBytes(UTF_8));
            assertThat(find(Paragraph.class)
                            .from(dialog)
                            .id("area-import-summary")
                            .getText())
                    .startsWith("1 gemeente toe te voegen, 0 fouten.");
            test(find(Button.class).from(dialog).id("area-import-commit")).click();
        });
        assertThat(BEHEER.call(null, () -> areas.area(region).municipalities()))
                .extracting(Municipality::name)
                .containsExactly("Wormerland");
    }

    @Test
    void a_region_lead_may_not_open_the_areas() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            navigate("beheer/gebieden", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }

    @Autowired
    RegionAdministration administration;

    @Autowired
    RegionAreaService areas;
}
