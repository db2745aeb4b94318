package nl.onderwijsregio.workspace.regiondata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
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

/** Region data: the lead gets a download; the platform administrator erases only after typing the region's name. */
class RegionDataViewTest extends BrowserlessUiTest {

    @Autowired
    RegionAdministration administration;

    @Autowired
    RegionService regions;

    @Test
    void the_lead_downloads_the_region() {
        String region = TestRegions.id("gegevens-ui");
        TestRegions.create(administration, region);
        inTab(AsUser.lead(region), region, () -> {
            navigate(RegionDataView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Gegevens van de regio");
            assertThat(find(Anchor.class).id("regiondata-download").getText()).isEqualTo("Downloaden als ZIP");
            assertThat(find(Button.class).withId("regiondata-erase").all()).isEmpty();
        });
    }

    @Test
    void the_platform_administrator_erases_after_typing_the_name() {
        String region = TestRegions.id("gegevens-wis");
        TestRegions.create(administration, region);
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(RegionDataView.class);
            @SuppressWarnings("unchecked")
            ComboBox<Region> choice = find(ComboBox.class).id("regiondata-region");
            test(choice).selectItem(TestRegions.name(region));
            test(find(Button.class).id("regiondata-erase")).click();
            test(find(TextField.class).id("regiondata-erase-name")).setValue("iets anders");
            test(find(Button.class).id("regiondata-erase-confirm")).click();
            assertThat(find(TextField.class).id("regiondata-erase-name").isInvalid())
                    .isTrue();
            assertThat(regions.find(region))
                    .get()
                    .satisfies(r -> assertThat(r.active()).isTrue());

            test(find(TextField.class).id("regiondata-erase-name")).setValue(TestRegions.name(region));
            test(find(Button.class).id("regiondata-erase-confirm")).click();
            assertThat(regions.find(region))
                    .get()
                    .satisfies(r -> assertThat(r.active()).isFalse());
        });
    }

    @Test
    void a_member_may_not_open_it() {
        String region = TestRegions.id("gegevens-lid");
        TestRegions.create(administration, region);
        inTab(AsUser.member(region), region, () -> {
            navigate("gegevens", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }
}
