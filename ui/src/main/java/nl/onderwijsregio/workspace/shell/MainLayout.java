package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;

/**
 * The shell around every screen: product name and active region in the header, sections in the side navigation.
 * Open to visitors too, for the public catalogue only: every other screen requires a login by its own annotation.
 *
 * <p>All of it lies in landmarks: the header in a {@code <header>} (banner), the drawer in an {@code <aside>} with the
 * sections' {@code <nav>}, and the screen itself in the page's one {@code <main>} (AppLayout alone has none).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final Main main = new Main();

    public MainLayout(
            List<HeaderPart> headerParts,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            SessionLanguage language) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));

        Span product = new Span(getTranslation("product.name"));
        product.addClassName("product-name");
        HorizontalLayout header = new HorizontalLayout(toggle, product);
        headerParts.stream()
                .sorted(Comparator.comparingInt(HeaderPart::order))
                .forEach(part -> header.add(part.component()));
        header.addClassName("shell-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(product);
        Header banner = new Header(header);
        banner.addClassName("shell-banner");
        addToNavbar(banner);

        WorkspaceUser user = currentUser.get().orElse(null);
        Aside drawer = new Aside(brand(), navigation(user));
        if (user != null) {
            drawer.add(account(user, authentication, language));
        }
        drawer.add(footer());
        drawer.addClassName("shell-drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("shell.sections"));
        addToDrawer(drawer);

        main.addClassName("shell-main");
        main.setId("main");
        super.setContent(main);
    }

    /**
     * Each screen is shown inside the one {@code <main>} landmark, from its top: the layout's content area scrolls by
     * itself and would otherwise open the next screen as far down as the last one was scrolled, its heading out of
     * sight.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        getElement()
                .executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                        + " if (c) c.scrollTop = 0;");
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private Component brand() {
        Div brand = new Div(new Span(getTranslation("product.short")));
        brand.addClassName("drawer-brand");
        return brand;
    }

    private SideNav navigation(@Nullable WorkspaceUser user) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.sections"));
        nav.getElement().setAttribute("aria-label", getTranslation("shell.sections"));
        for (WorkspaceSection section : WorkspaceSection.values()) {
            boolean open = user == null ? section == WorkspaceSection.CATALOGUE : section.openTo(user);
            if (!open) {
                continue;
            }
            SideNavItem item = new SideNavItem(
                    getTranslation(section.labelKey()),
                    section.href(),
                    section.icon().create());
            item.setId("nav-" + (section.path().isEmpty() ? "home" : section.path()));
            if (!section.available()) {
                item.setSuffixComponent(new Span(getTranslation("shell.soon")));
                item.addClassName("upcoming");
            }
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * The signed-in person, the language switch and the logout in the drawer: on a small screen (CSS) the header has no room for them, so
     * there they are shown here instead.
     */
    private Component account(WorkspaceUser user, AuthenticationContext authentication, SessionLanguage language) {
        Span name = new Span(user.displayName());
        name.addClassName("drawer-user-name");
        Button logout = new Button(getTranslation("user.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        logout.setId("drawer-logout");
        LanguageSwitch switchLanguage = new LanguageSwitch(language);
        switchLanguage.setId("drawer-language-switch");
        Div account = new Div(name, switchLanguage, logout);
        account.addClassName("drawer-account");
        return account;
    }

    private Component footer() {
        Footer footer = new Footer(new Span(getTranslation("shell.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }
}
