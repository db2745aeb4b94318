package nl.onderwijsregio.workspace.regions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Beheer: the platform administrator adds a region with validation; others get the Dutch no-access page. */
class RegionAdminViewTest extends BrowserlessUiTest {

    @Autowired
    RegionService regions;

    @Test
    void the_administrator_creates_a_region_and_sees_a_rule_error_in_the_dialog() {
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(RegionAdminView.class);
            test(find(Button.class).id("new-region")).click();
            test(find(TextField.class).withCaption("Code").single()).setValue("Geen Slug");
            String id = TestRegions.id("proef");
            test(find(TextField.class).withCaption("Naam").single()).setValue("Onderwijsregio Proef " + id);
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(find(Paragraph.class).all())
                    .extracting(Paragraph::getText)
                    .anyMatch(text -> text.startsWith("De code bestaat uit kleine letters"));

            test(find(TextField.class).withCaption("Code").single()).setValue(id);
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(regions.find(id)).get().extracting(Region::name).isEqualTo("Onderwijsregio Proef " + id);
            @SuppressWarnings("unchecked")
            Grid<Object> audit = (Grid<Object>) find(Grid.class).atIndex(3);
            assertThat(test(audit).size()).isPositive();
        });
    }

    @Test
    void a_region_lead_may_not_open_beheer() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            navigate("beheer", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }
}
