package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.onderwijsregio.workspace.security.LoginAvailability;
import nl.onderwijsregio.workspace.security.SecuritySettings;

/** What a visitor who is not signed in sees: what the workspace is, and the way to sign in. */
@Route(value = LandingView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LandingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = SecuritySettings.LANDING_ROUTE;
    private final Div messages = new Div();
    private final Anchor login = new Anchor("oauth2/authorization/keycloak", "");
    private final LoginAvailability availability;

    public LandingView(LoginAvailability availability, SessionLanguage language) {
        this.availability = availability;
        addClassName("landing");
        add(new LanguageSwitch(language));
        login.setText(getTranslation("landing.login"));
        login.setRouterIgnore(true);
        login.addClassName("login-button");
        login.setId("login");
        Div card = new Div(
                new H1(getTranslation("product.name")),
                new Paragraph(getTranslation("landing.intro")),
                new Paragraph(getTranslation("landing.who")),
                messages,
                login);
        card.addClassName("landing-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        messages.removeAll();
        if (event.getLocation().getQueryParameters().getParameters().containsKey("fout")) {
            messages.add(alert(getTranslation("landing.error")));
        }
        if (!availability.reachable()) {
            messages.add(alert(getTranslation("landing.unavailable")));
            login.setVisible(false);
        }
    }

    private static Paragraph alert(String text) {
        Paragraph alert = new Paragraph(text);
        alert.addClassName("notice");
        alert.getElement().setAttribute("role", "alert");
        return alert;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.title");
    }
}
