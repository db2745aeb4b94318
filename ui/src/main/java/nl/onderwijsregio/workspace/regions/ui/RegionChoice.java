package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The region a browser session works for. A choice is only accepted from the regions the person may work for and is
 * kept server-side in the HTTP session, so the browser can never name a tenant itself.
 */
@Component
public class RegionChoice {

    static final String ATTRIBUTE = RegionChoice.class.getName();
    private final RegionService regions;

    RegionChoice(RegionService regions) {
        this.regions = regions;
    }

    /** The regions this person may act for, by name. */
    public List<Region> choosableRegions() {
        return regions.activeRegions();
    }

    /** Makes {@code regionId} the session's region; refuses a region the person may not act for. */
    public Region choose(String regionId) {
        Region region = choosableRegions().stream()
                .filter(r -> r.id().equals(regionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Deze regio kun je niet kiezen: " + regionId));
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, region.id());
        return region;
    }

    /** The region chosen in the current Vaadin session, if it is still choosable. */
    public Optional<Region> current() {
        Object id = VaadinSession.getCurrent().getSession().getAttribute(ATTRIBUTE);
        return id == null ? Optional.empty() : choosableRegions().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The region id stored in an HTTP session, as read by the request filter before Vaadin runs. */
    static @Nullable String storedIn(@Nullable HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }
}
