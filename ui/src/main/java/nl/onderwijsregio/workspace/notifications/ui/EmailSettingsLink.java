package nl.onderwijsregio.workspace.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.shell.HeaderPart;

/** The header's link to the signed-in person's e-mail settings (nothing for a visitor). */
@SpringComponent
@UIScope
public class EmailSettingsLink extends Anchor implements HeaderPart {

    public EmailSettingsLink(CurrentUser currentUser) {
        setHref("instellingen/e-mail");
        setId("email-settings");
        addClassName("email-settings-link");
        add(VaadinIcon.ENVELOPE_O.create());
        getElement().setAttribute("aria-label", getTranslation("notifications.settings.title"));
        getElement().setAttribute("title", getTranslation("notifications.settings.title"));
        setVisible(currentUser.get().isPresent());
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public int order() {
        return 9;
    }
}
