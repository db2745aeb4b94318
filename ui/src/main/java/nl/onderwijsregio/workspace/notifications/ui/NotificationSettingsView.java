package nl.onderwijsregio.workspace.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import nl.onderwijsregio.workspace.notifications.Frequency;
import nl.onderwijsregio.workspace.notifications.NotificationKind;
import nl.onderwijsregio.workspace.notifications.NotificationSettings;
import nl.onderwijsregio.workspace.notifications.NotificationSettingsService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;

/**
 * E-mail settings of the signed-in person: the address and language of the mails and, per kind of event,
 * immediately, a daily or weekly digest, or never. Register reminders are offered to leads only.
 */
@Route("instellingen/e-mail")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationSettingsService service;
    private final EmailField email = new EmailField();
    private final Select<String> language = new Select<>();
    private final Map<NotificationKind, RadioButtonGroup<Frequency>> choices = new EnumMap<>(NotificationKind.class);

    public NotificationSettingsView(NotificationSettingsService service, CurrentUser currentUser) {
        this.service = service;
        boolean lead = currentUser.get().map(u -> u.has(Role.REGIO_LEAD)).orElse(false);
        addClassName("page");
        add(
                new H1(getTranslation("notifications.settings.title")),
                new Paragraph(getTranslation("notifications.intro")));
        NotificationSettings settings = service.mine();
        email.setLabel(getTranslation("notifications.email"));
        email.setId("notifications-email");
        email.setValue(settings.email());
        language.setLabel(getTranslation("notifications.language"));
        language.setItems("nl", "en");
        language.setItemLabelGenerator(l -> getTranslation("notifications.language." + l));
        language.setValue(settings.language());
        language.setId("notifications-language");
        add(email, language);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.leadOnly() && !lead) {
                continue;
            }
            RadioButtonGroup<Frequency> group = new RadioButtonGroup<>();
            group.setLabel(getTranslation("notifications.kind." + kind));
            group.setHelperText(getTranslation("notifications.kind." + kind + ".help"));
            group.setItems(Frequency.values());
            group.setItemLabelGenerator(f -> getTranslation("notifications.frequency." + f));
            group.setValue(settings.of(kind));
            group.setId("notifications-"
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            choices.put(kind, group);
            add(group);
        }
        Button save = new Button(getTranslation("notifications.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("notifications-save");
        add(save);
    }

    private void save() {
        Map<NotificationKind, Frequency> frequencies = new EnumMap<>(NotificationKind.class);
        choices.forEach(
                (kind, group) -> frequencies.put(kind, group.getValue() == null ? Frequency.NEVER : group.getValue()));
        email.setInvalid(false);
        try {
            service.save(new NotificationSettings(email.getValue(), language.getValue(), frequencies));
            Notification.show(getTranslation("notifications.saved"));
        } catch (IllegalArgumentException e) {
            email.setErrorMessage(getTranslation("notifications.error.email"));
            email.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title");
    }
}
