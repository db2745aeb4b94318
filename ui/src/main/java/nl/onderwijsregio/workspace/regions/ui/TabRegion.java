package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.workspace.tenancy.EntryPointRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The region a browser tab (a Vaadin UI) acts for. It belongs to the tab, not to the HTTP session, so switching in
 * one tab never changes what another tab reads or writes; every transaction started while serving the tab gets it.
 * The session keeps the choice per window name as well, so reloading a tab keeps its region.
 */
@Component
class TabRegion implements EntryPointRegion {

    private static final String KEY = TabRegion.class.getName();
    private static final String WINDOW = KEY + ".window";

    /** What the tab being served shows; asked by the tenancy seam as a transaction starts. */
    @Override
    public Optional<String> regionId() {
        UI ui = UI.getCurrent();
        return ui == null ? Optional.empty() : of(ui);
    }

    static Optional<String> of(UI ui) {
        return Optional.ofNullable((String) ComponentUtil.getData(ui, KEY));
    }

    /** Makes {@code regionId} the region of {@code ui}, and of its window after a reload. */
    static void set(UI ui, String regionId) {
        ComponentUtil.setData(ui, KEY, regionId);
        String windowName = windowOf(ui);
        if (windowName != null) {
            windows(ui.getSession()).put(windowName, regionId);
        }
    }

    /** Records the browser's name of the tab's window, sent only when the tab starts; it survives a reload. */
    static void startIn(UI ui, @Nullable String windowName) {
        if (windowName != null && !windowName.isBlank()) {
            ComponentUtil.setData(ui, WINDOW, windowName);
        }
    }

    static @Nullable String windowOf(UI ui) {
        return (String) ComponentUtil.getData(ui, WINDOW);
    }

    /** The region this window showed before it was reloaded, if any. */
    static Optional<String> ofWindow(VaadinSession session, @Nullable String windowName) {
        return windowName == null
                ? Optional.empty()
                : Optional.ofNullable(windows(session).get(windowName));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> windows(VaadinSession session) {
        Object map = session.getAttribute(KEY);
        if (map == null) {
            map = new HashMap<String, String>();
            session.setAttribute(KEY, map);
        }
        return (Map<String, String>) map;
    }
}
