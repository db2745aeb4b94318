package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.tabs.Tabs;

/**
 * A section's tab bar: as wide as the page (so it scrolls only when its tabs do not fit, not because it took the width
 * of its tabs), and the selected tab scrolled into sight when it is chosen, e.g. on a phone where the tabs scroll.
 */
public final class TabBars {

    private static final String SHOW_SELECTED = """
            requestAnimationFrame(() => {
              const tab = this.items && this.items[this.selected];
              if (tab) tab.scrollIntoView({block: 'nearest', inline: 'center'});
            })""";

    private TabBars() {}

    public static Tabs fitted(Tabs tabs) {
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> tabs.getElement().executeJs(SHOW_SELECTED));
        tabs.addAttachListener(e -> tabs.getElement().executeJs(SHOW_SELECTED));
        return tabs;
    }
}
