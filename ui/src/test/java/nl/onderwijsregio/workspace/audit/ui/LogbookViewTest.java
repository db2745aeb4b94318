package nl.onderwijsregio.workspace.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import nl.onderwijsregio.workspace.audit.AuditEvent;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Logboek: the lead sees the region's changes and filters them; the platform admin picks a region; a member not. */
class LogbookViewTest extends BrowserlessUiTest {

    @Autowired
    RegionAdministration administration;

    @Autowired
    RegionProfileService profiles;

    @Test
    void the_lead_sees_a_change_filters_by_person_and_kind_and_can_export() {
        String region = TestRegions.id("logboek-ui");
        TestRegions.create(administration, region);
        AsUser lead = AsUser.lead(region);
        lead.run(region, () -> profiles.save(new ProfileChange("Over ons", null, null)));
        inTab(lead, region, () -> {
            navigate(LogbookView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Logboek");
            @SuppressWarnings("unchecked")
            ComboBox<String> kind = find(ComboBox.class).id("logbook-kind");
            // opening the region also records the lead in its team (team_member, after the navigation): narrow to the
            // profile
            assertThat(test(kind).getSuggestionItems()).contains("region_profile");
            kind.setValue("region_profile");
            @SuppressWarnings("unchecked")
            Grid<AuditEvent> grid = find(Grid.class).id("logbook-grid");
            assertThat(test(grid).size()).isEqualTo(1);
            assertThat(test(grid).getCellText(0, 1)).isEqualTo(lead.username());
            assertThat(test(grid).getCellText(0, 2)).startsWith("Regioprofiel");
            assertThat(test(grid).getCellText(0, 3)).isEqualTo("Toegevoegd");
            assertThat(test(grid).getCellText(0, 4)).contains("Over ons");
            assertThat(find(Div.class).id("logbook-total").getText()).isEqualTo("1 regel");

            @SuppressWarnings("unchecked")
            ComboBox<String> person = find(ComboBox.class).id("logbook-person");
            test(person).selectItem(lead.username());
            assertThat(test(grid).size()).isEqualTo(1);
            assertThat(find(Anchor.class).id("logbook-csv").getText()).isEqualTo("Exporteren als CSV");
            assertThat(find(ComboBox.class).all())
                    .as("no region filter for the lead: only person and kind")
                    .hasSize(2);
        });
    }

    @Test
    void the_platform_administrator_filters_by_region() {
        String region = TestRegions.id("logboek-pa");
        TestRegions.create(administration, region);
        AsUser lead = AsUser.lead(region);
        lead.run(region, () -> profiles.save(new ProfileChange("Platform ziet dit", null, null)));
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(LogbookView.class);
            @SuppressWarnings("unchecked")
            ComboBox<Region> regions = find(ComboBox.class).id("logbook-region");
            assertThat(regions.isVisible()).isTrue();
            test(regions).selectItem(TestRegions.name(region));
            @SuppressWarnings("unchecked")
            Grid<AuditEvent> grid = find(Grid.class).id("logbook-grid");
            assertThat(test(grid).size()).isEqualTo(1);
            assertThat(test(grid).getCellText(0, 1)).isEqualTo(region);
            assertThat(test(grid).getCellText(0, 5)).contains("Platform ziet dit");
        });
    }

    @Test
    void a_member_may_not_open_the_logbook() {
        String region = TestRegions.id("logboek-lid");
        TestRegions.create(administration, region);
        inTab(AsUser.member(region), region, () -> {
            navigate("logboek", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }
}
