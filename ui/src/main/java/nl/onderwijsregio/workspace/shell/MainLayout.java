package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;

/**
 * The shell around every screen: product name and active region in the header, sections in the side navigation.
 * Open to visitors too, for the public catalogue only: every other screen requires a login by its own annotation.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(List<HeaderPart> headerParts, CurrentUser currentUser) {
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
        addToNavbar(header);

        addToDrawer(brand(), navigation(currentUser.get().orElse(null)), footer());
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
            if (!section.available()) {
                item.setSuffixComponent(new Span(getTranslation("shell.soon")));
                item.addClassName("upcoming");
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component footer() {
        Footer footer = new Footer(new Span(getTranslation("shell.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }
}
