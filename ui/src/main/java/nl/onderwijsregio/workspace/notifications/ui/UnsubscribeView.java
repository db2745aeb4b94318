package nl.onderwijsregio.workspace.notifications.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.notifications.NotificationKind;
import nl.onderwijsregio.workspace.notifications.NotificationSettingsService;
import org.jspecify.annotations.Nullable;

/** The unsubscribe link of every mail ({@code /afmelden?token=…[&soort=KIND]}): works without logging in. */
@Route("afmelden")
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationSettingsService service;
    private final Paragraph result = new Paragraph();

    public UnsubscribeView(NotificationSettingsService service) {
        this.service = service;
        addClassName("page");
        result.setId("unsubscribe-result");
        add(new H1(getTranslation("unsubscribe.title")), result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String token = first(parameters.get("token"));
        NotificationKind kind = kind(first(parameters.get("soort")));
        Optional<String> who = token == null ? Optional.empty() : service.unsubscribe(token, kind);
        result.setText(
                who.isEmpty()
                        ? getTranslation("unsubscribe.unknown")
                        : kind == null
                                ? getTranslation("unsubscribe.all")
                                : getTranslation("unsubscribe.kind", getTranslation("notifications.kind." + kind)));
    }

    private static @Nullable String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable NotificationKind kind(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return NotificationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title");
    }
}
