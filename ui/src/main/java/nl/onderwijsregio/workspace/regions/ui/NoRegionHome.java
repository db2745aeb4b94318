package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.shell.SectionLinks;

/** Home for people without a region: the national roles' start page, or the notice that no region is linked yet. */
class NoRegionHome extends VerticalLayout {

    NoRegionHome(WorkspaceUser user) {
        setPadding(false);
        boolean nationalRole =
                user.has(Role.NATIONAL) || user.has(Role.CATALOGUE_ADMIN) || user.has(Role.PLATFORM_ADMIN);
        if (nationalRole) {
            add(
                    new H1(getTranslation("home.national.title", user.displayName())),
                    new Paragraph(getTranslation("home.national.text")),
                    new SectionLinks(user));
        } else {
            H1 title = new H1(getTranslation("home.noregion.title"));
            title.setId("no-region");
            add(title, new Paragraph(getTranslation("home.noregion.text")));
        }
    }
}
