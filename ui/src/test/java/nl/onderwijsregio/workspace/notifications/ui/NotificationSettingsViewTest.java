package nl.onderwijsregio.workspace.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.QueryParameters;
import nl.onderwijsregio.workspace.notifications.Frequency;
import nl.onderwijsregio.workspace.notifications.NotificationKind;
import nl.onderwijsregio.workspace.notifications.NotificationSettings;
import nl.onderwijsregio.workspace.notifications.NotificationSettingsService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The e-mail settings: chosen per kind and saved; register reminders for the lead only; the unsubscribe link works. */
class NotificationSettingsViewTest extends BrowserlessUiTest {

    @Autowired
    RegionAdministration administration;

    @Autowired
    NotificationSettingsService settings;

    @Test
    void a_member_chooses_a_weekly_digest_and_the_unsubscribe_link_turns_it_off() {
        String region = TestRegions.id("mail-ui");
        TestRegions.create(administration, region);
        AsUser member = AsUser.member(region);
        inTab(member, region, () -> {
            navigate(NotificationSettingsView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("E-mailmeldingen");
            assertThat(find(RadioButtonGroup.class).all())
                    .as("no register reminders for a member")
                    .hasSize(4);
            assertThat(find(RadioButtonGroup.class)
                            .id("notifications-analysis-status")
                            .getLabel())
                    .isEqualTo("Status van een regioanalyse");
            assertThat(find(RadioButtonGroup.class)
                            .id("notifications-suggestion-handled")
                            .getLabel())
                    .isEqualTo("Mijn voorstel voor de catalogus is behandeld");
            test(find(EmailField.class).id("notifications-email")).setValue("lid." + region + "@example.org");
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Frequency> findings = find(RadioButtonGroup.class).id("notifications-new-finding");
            findings.setValue(Frequency.WEEKLY);
            test(find(Button.class).id("notifications-save")).click();
        });
        NotificationSettings saved = member.call(region, settings::mine);
        assertThat(saved.of(NotificationKind.NEW_FINDING)).isEqualTo(Frequency.WEEKLY);
        assertThat(saved.email()).isEqualTo("lid." + region + "@example.org");
    }

    @Test
    void the_lead_is_offered_register_reminders_and_a_bad_address_is_refused_at_the_field() {
        String region = TestRegions.id("mail-lead");
        TestRegions.create(administration, region);
        inTab(AsUser.lead(region), region, () -> {
            navigate(NotificationSettingsView.class);
            assertThat(find(RadioButtonGroup.class).all()).hasSize(5);
            test(find(EmailField.class).id("notifications-email")).setValue("geen adres");
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Frequency> reminders = find(RadioButtonGroup.class).id("notifications-register-reminder");
            reminders.setValue(Frequency.DAILY);
            test(find(Button.class).id("notifications-save")).click();
            EmailField email = find(EmailField.class).id("notifications-email");
            assertThat(email.isInvalid()).isTrue();
        });
    }

    @Test
    void an_unknown_unsubscribe_token_says_so() {
        UI.getCurrent().navigate("afmelden", QueryParameters.of("token", "00000000-0000-0000-0000-000000000000"));
        assertThat(find(Paragraph.class).id("unsubscribe-result").getText()).contains("niet (meer) geldig");
    }
}
