package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import nl.onderwijsregio.workspace.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action on a screen fails unexpectedly: a notification in their language instead of
 * silence. An unreachable database (a restart, a failover) says to try again in a moment; anything else gives a
 * reference that is also in the log. Installed for every session.
 */
@Component
public class ErrorNotifications implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String key;
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (DatabaseOutage.causedBy(failure)) {
            log.warn("Database unreachable during a screen action ({}): {}", reference, failure.toString());
            key = "error.unavailable.action";
        } else {
            log.error("Error {} during a screen action", reference, failure);
            key = "error.unexpected.action";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification =
                    new Notification(ui.getTranslation(key, reference), 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("error-notification");
            notification.open();
        }
    }
}
