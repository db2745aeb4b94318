package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.tabs.Tabs;

/**
 * A section's tab bar: as wide as the page, its tabs wrapping onto a second line where they do not fit (styles.css,
 * {@code .tab-bar}) instead of scrolling, so the selected tab is always in sight, also on a phone.
 */
public final class TabBars {

    private TabBars() {}

    public static Tabs fitted(Tabs tabs) {
        tabs.setWidthFull();
        tabs.addClassName("tab-bar");
        return tabs;
    }
}
