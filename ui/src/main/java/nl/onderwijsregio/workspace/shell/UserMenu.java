package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.onderwijsregio.workspace.security.CurrentUser;

/**
 * The language switch, the signed-in person's name and the logout button, which also ends the Keycloak session; for a
 * visitor of a public page (the catalogue) the way to sign in.
 */
@SpringComponent
@UIScope
public class UserMenu extends HorizontalLayout implements HeaderPart {

    public UserMenu(CurrentUser currentUser, AuthenticationContext authentication, SessionLanguage language) {
        addClassName("user-menu");
        setAlignItems(Alignment.CENTER);
        add(new LanguageSwitch(language));
        currentUser
                .get()
                .ifPresentOrElse(
                        user -> {
                            Span name = new Span(user.displayName());
                            name.addClassName("user-name");
                            Button logout = new Button(getTranslation("user.logout"), e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                            logout.setId("logout");
                            add(name, logout);
                        },
                        () -> add(SignIn.button("login")));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public int order() {
        return 10;
    }
}
