package nl.onderwijsregio.workspace.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.EntryContribution;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.Translations;

/** In the catalogue's detail panel: the active region's register status for the entry, and "add to register". */
@org.springframework.stereotype.Component
class RegisterStatusOfEntry implements EntryContribution {

    private final RegisterService register;
    private final RegionAccess access;

    RegisterStatusOfEntry(RegisterService register, RegionAccess access) {
        this.register = register;
        this.access = access;
    }

    @Override
    public Optional<Component> forEntry(CatalogueEntry entry) {
        if (!access.member()) {
            return Optional.empty();
        }
        Div box = new Div();
        box.addClassName("register-status");
        Span status = new Span(statusText(box, entry.id()));
        status.setId("register-status-of-entry");
        Button add = new Button(
                box.getTranslation("register.entry.add"),
                e -> new RegisterForm(register, null, entry.id(), saved -> {
                            // the open detail says at once that the entry is now in the register
                            status.setText(statusText(box, entry.id()));
                            Notification.show(box.getTranslation("register.entry.added"))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        })
                        .open());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-to-register");
        box.add(status, add);
        return Optional.of(box);
    }

    private String statusText(Component box, String entryId) {
        Map<RegisterStatus, Integer> counts = register.statusPerCatalogueEntry().getOrDefault(entryId, Map.of());
        return counts.isEmpty()
                ? box.getTranslation("register.entry.none")
                : box.getTranslation(
                        "register.entry.status",
                        counts.entrySet().stream()
                                .map(c ->
                                        c.getKey().label(Translations.current()).toLowerCase() + ": " + c.getValue())
                                .collect(Collectors.joining(", ")));
    }
}
