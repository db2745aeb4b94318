package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionProfile;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/** Edits the active region's profile; the service validates, and its Dutch messages appear at the fields. */
class ProfileDialog extends Dialog {

    private final TextArea introduction = new TextArea();
    private final TextField website = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final RegionProfileService profiles;
    private final Runnable onChange;

    ProfileDialog(RegionProfileService profiles, @Nullable RegionProfile current, Runnable onChange) {
        Dialogs.identify(this, "region-profile");
        this.profiles = profiles;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("profile.dialog.title"));
        introduction.setLabel(getTranslation("profile.introduction"));
        introduction.setMaxLength(2000);
        introduction.setHelperText(getTranslation("profile.introduction.help"));
        website.setLabel(getTranslation("profile.website"));
        website.setPlaceholder("https://");
        contactEmail.setLabel(getTranslation("profile.email"));
        if (current != null) {
            introduction.setValue(current.introduction());
            website.setValue(current.website() == null ? "" : current.website());
            contactEmail.setValue(current.contactEmail() == null ? "" : current.contactEmail());
        }
        FormLayout form = new FormLayout(introduction, website, contactEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (current != null) {
            Button clear = new Button(getTranslation("profile.clear"), e -> confirmClear());
            clear.setId("clear-profile");
            clear.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(clear);
        }
        setWidth("min(40rem, 95vw)");
    }

    private void save() {
        Map<String, HasValidation> fields =
                Map.of("introduction", introduction, "website", website, "contactEmail", contactEmail);
        FieldErrors.clear(fields);
        try {
            profiles.save(new ProfileChange(introduction.getValue(), website.getValue(), contactEmail.getValue()));
        } catch (ConstraintViolationException e) {
            FieldErrors.show(e, fields);
            return;
        }
        close();
        onChange.run();
        Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void confirmClear() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("profile.clear.title"),
                getTranslation("profile.clear.text"),
                getTranslation("profile.clear"),
                e -> {
                    profiles.clear();
                    close();
                    onChange.run();
                });
        Dialogs.identify(confirm, "profile-clear");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
