package nl.onderwijsregio.workspace.regions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import nl.onderwijsregio.workspace.regions.AuditEntry;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
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

    @Autowired
    RegionAdministration administration;

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
            assertThat(notifications()).contains("Onderwijsregio Proef " + id + " is aangemaakt.");
            @SuppressWarnings("unchecked")
            Grid<Object> audit = (Grid<Object>) find(Grid.class).atIndex(3);
            assertThat(test(audit).size()).isPositive();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_neighbour_pair_is_confirmed_and_logged_with_the_regions_names() {
        String first = TestRegions.id("paareen");
        String second = TestRegions.id("paartwee");
        TestRegions.create(administration, first, second);
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(RegionAdminView.class);
            test(find(Button.class).id("new-pair")).click();
            ComboBox<Region> a = find(ComboBox.class).withCaption("Regio").single();
            ComboBox<Region> b = find(ComboBox.class).withCaption("Grenst aan").single();
            a.setValue(regions.find(first).orElseThrow());
            b.setValue(regions.find(second).orElseThrow());
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(notifications())
                    .contains(TestRegions.name(first) + " en " + TestRegions.name(second) + " zijn nu buurregio's.");
            Grid<AuditEntry> audit = (Grid<AuditEntry>) find(Grid.class).atIndex(3);
            int subject = java.util.stream.IntStream.range(0, audit.getColumns().size())
                    .filter(i -> "Betreft".equals(test(audit).getHeaderCell(i)))
                    .findFirst()
                    .orElseThrow();
            java.util.List<String> subjects = java.util.stream.IntStream.range(
                            0, test(audit).size())
                    .mapToObj(row -> test(audit).getCellText(row, subject))
                    .toList();
            assertThat(subjects)
                    .anyMatch(text -> text.contains(TestRegions.name(first)) && text.contains(TestRegions.name(second)))
                    .noneMatch(text -> text.contains(first + "|" + second) || text.contains(second + "|" + first));
        });
    }

    private java.util.List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    @Test
    void a_region_lead_may_not_open_beheer() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            navigate("beheer", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }
}
