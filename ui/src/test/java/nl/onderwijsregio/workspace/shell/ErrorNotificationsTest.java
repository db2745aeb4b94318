package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorNotificationsTest extends BrowserlessUiTest {

    @Test
    void every_session_reports_failed_actions_with_a_notification() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ErrorNotifications.class);
    }

    @Test
    void an_unreachable_database_says_to_try_again_in_a_moment() {
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new CannotCreateTransactionException(
                        "Could not open JDBC Connection", new SQLException("Connection refused", "08001"))));

        assertThat(find(Notification.class).single().getElement().getProperty("text"))
                .isEqualTo("De database is even niet bereikbaar, dus dit is niet gelukt. Probeer het over enkele"
                        + " seconden opnieuw.");
    }

    @Test
    void any_other_failure_gives_a_reference_in_english_too() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("defect")));

        assertThat(find(Notification.class).single().getElement().getProperty("text"))
                .matches("Something went wrong, this did not work\\. Please try again; if it keeps failing, give the"
                        + " administrator error reference [0-9a-f]{8}\\.");
    }
}
