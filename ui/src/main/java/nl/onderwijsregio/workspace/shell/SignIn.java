package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * "Inloggen" on a public page (the catalogue): signs in at Keycloak and comes back to the page the visitor was on,
 * as a protected page does, by leaving the page as the saved request that the login's success handler returns to.
 */
public final class SignIn {

    /** Spring Security's {@code HttpSessionRequestCache} keeps the saved request under this session attribute. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    static final String AUTHORIZATION = "oauth2/authorization/keycloak";

    private SignIn() {}

    /** A button that signs in and returns here; {@code id} tells two of them on one page apart. */
    public static Button button(String id) {
        Button button = new Button(UI.getCurrent().getTranslation("landing.login"), e -> signInAndReturn());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    private static void signInAndReturn() {
        UI ui = UI.getCurrent();
        String here = "/" + ui.getActiveViewLocation().getPathWithQueryParameters();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            HttpSession session = request.getHttpServletRequest().getSession();
            session.setAttribute(SAVED_REQUEST, new SimpleSavedRequest(here));
        }
        ui.getPage().setLocation(AUTHORIZATION);
    }
}
