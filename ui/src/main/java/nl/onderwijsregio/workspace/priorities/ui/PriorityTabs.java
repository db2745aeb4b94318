package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The two pages of the priorities as tabs: the own list and the comparison; the current one is marked. */
final class PriorityTabs {

    private PriorityTabs() {}

    static Nav of(Class<? extends Component> current) {
        Nav nav = new Nav(
                link(PrioritiesView.class, "priorities.tab.own", current),
                link(ComparisonView.class, "priorities.tab.compare", current));
        nav.addClassName("priority-tabs");
        nav.getElement().setAttribute("aria-label", nav.getTranslation("section.priorities"));
        return nav;
    }

    private static RouterLink link(Class<? extends Component> target, String key, Class<? extends Component> current) {
        RouterLink link = new RouterLink(target);
        link.setText(link.getTranslation(key));
        if (target.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
            link.addClassName("current");
        }
        return link;
    }
}
