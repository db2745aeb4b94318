package nl.onderwijsregio.workspace.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.team.FormerMembers;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register screen: add an entry with Dutch validation, step it to "aangevraagd"; other regions see nothing. */
class RegisterViewTest extends BrowserlessUiTest {

    static final String OWN = TestRegions.id("noordkust");
    static final String OTHER = TestRegions.id("veenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN, OTHER);
    }

    @Autowired
    RegisterService register;

    @Test
    void a_lead_adds_an_entry_and_moves_it_on_and_another_region_never_sees_it() {
        inTab(AsUser.lead(OWN), OWN, () -> {
            navigate(RegisterView.class);
            test(find(Button.class).id("new-register-entry")).click();
            test(find(TextField.class).withCaption("Catalogusbron (code)").single())
                    .setValue("e053");
            test(find(TextArea.class).id("register-what")).setValue("Verzuimcijfers 2024 per school (test)");
            @SuppressWarnings("unchecked")
            ComboBox<HolderKind> kind = find(ComboBox.class).id("register-holder-kind");
            kind.setValue(HolderKind.BESTUUR);
            test(find(TextField.class).id("register-holder-name")).setValue("Stichting Kustscholen");
            TextField number =
                    find(TextField.class).withCaption("Bestuursnummer (DUO)").single();
            test(number).setValue("12AB");
            test(find(Button.class).id("save-register")).click();
            assertThat(number.isInvalid()).isTrue();
            assertThat(number.getErrorMessage()).isEqualTo("Een bestuursnummer bestaat alleen uit cijfers.");

            test(number).setValue("41234");
            test(find(Button.class).id("save-register")).click();
            RegisterEntry added = mine().stream()
                    .filter(e -> e.what().startsWith("Verzuimcijfers 2024"))
                    .findFirst()
                    .orElseThrow();
            assertThat(added.status()).isEqualTo(RegisterStatus.GEWENST);

            new RegisterEntryDialog(register, added.id(), () -> {}, FormerMembers.none()).open();
            test(find(Button.class).id("step-aangevraagd")).click();
            assertThat(register.entry(added.id()).status()).isEqualTo(RegisterStatus.AANGEVRAAGD);
            assertThat(find(Grid.class).exists()).isTrue();
        });
        inTab(AsUser.lead(OTHER), OTHER, () -> {
            register.create(new RegisterDraft(
                    "e056",
                    null,
                    "Eigen registratie van de andere regio (test)",
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
            assertThat(mine())
                    .as("the other region's own register, without the entry")
                    .anyMatch(e -> e.what().equals("Eigen registratie van de andere regio (test)"))
                    .noneMatch(e -> e.what().startsWith("Verzuimcijfers 2024"));
        });
    }

    @Test
    void a_member_is_not_offered_delete_and_the_lead_is() {
        RegisterEntry entry =
                AsUser.lead(OWN).call(OWN, () -> register.create(draft("Te verwijderen registratie (test)")));
        inTab(AsUser.member(OWN), OWN, () -> {
            new RegisterEntryDialog(register, entry.id(), () -> {}, FormerMembers.none()).open();
            assertThat(find(Button.class).withId("edit-register-entry").exists())
                    .isTrue();
            assertThat(find(Button.class).withText("Verwijderen").exists())
                    .as("a member may not delete, so the button is not there")
                    .isFalse();
        });
        inTab(AsUser.lead(OWN), OWN, () -> {
            new RegisterEntryDialog(register, entry.id(), () -> {}, FormerMembers.none()).open();
            assertThat(find(Button.class).id("delete-register-entry").getText()).isEqualTo("Verwijderen");
        });
    }

    @Test
    void an_unknown_catalogue_code_in_the_form_is_shown_at_its_field() {
        inTab(AsUser.lead(OWN), OWN, () -> {
            navigate(RegisterView.class);
            test(find(Button.class).id("new-register-entry")).click();
            TextField code = find(TextField.class).id("register-catalogue-entry");
            test(code).setValue("e999");
            test(find(TextArea.class).id("register-what")).setValue("Met een onbekende code (test)");
            @SuppressWarnings("unchecked")
            ComboBox<HolderKind> kind = find(ComboBox.class).id("register-holder-kind");
            kind.setValue(HolderKind.VFPF);
            test(find(TextField.class).id("register-holder-name")).setValue("Vfpf");
            test(find(Button.class).id("save-register")).click();
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).startsWith("Onbekende bron in de catalogus: e999");
            assertThat(mine()).noneMatch(e -> e.what().equals("Met een onbekende code (test)"));
        });
    }

    @Test
    void adding_from_the_catalogue_detail_updates_the_open_detail() {
        inTab(AsUser.lead(OWN), OWN, () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e030")));
            Span status = find(Span.class).id("register-status-of-entry");
            assertThat(status.getText()).isEqualTo("Nog niet in het register van je regio.");
            test(find(Button.class).id("add-to-register")).click();
            test(find(TextArea.class).id("register-what")).setValue("Vanuit de catalogus (test)");
            @SuppressWarnings("unchecked")
            ComboBox<HolderKind> kind = find(ComboBox.class).id("register-holder-kind");
            kind.setValue(HolderKind.VFPF);
            test(find(TextField.class).id("register-holder-name")).setValue("Vfpf");
            test(find(Button.class).id("save-register")).click();
            assertThat(status.getText()).isEqualTo("In het register van je regio: gewenst: 1");
        });
    }

    private static RegisterDraft draft(String what) {
        return new RegisterDraft(
                "e056",
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
                null);
    }

    private List<RegisterEntry> mine() {
        return register.page(RegisterFilter.all(), 0, 200, RegisterSort.UPDATED);
    }
}
