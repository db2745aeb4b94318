package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The region a signed-in person works for in this browser session. Only the person's own (active) regions can be
 * chosen; the choice lives server-side in the HTTP session and is remembered for the person's next login.
 */
@Component
public class RegionChoice {

    static final String ATTRIBUTE = RegionChoice.class.getName();
    private final RegionService regions;
    private final CurrentUser currentUser;

    RegionChoice(RegionService regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /** The active regions this person is a member of, by name. */
    public List<Region> choosableRegions() {
        return currentUser.get().filter(WorkspaceUser::worksForRegions)
                .map(user -> regions.activeRegions().stream().filter(r -> user.memberOf(r.id())).toList())
                .orElse(List.of());
    }

    /** Makes {@code regionId} the session's region; refuses any region the person may not act for. */
    public Region choose(String regionId) {
        Region region = choosableRegions().stream()
                .filter(r -> r.id().equals(regionId))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Je kunt niet voor deze regio werken: " + regionId));
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, region.id());
        regions.rememberLastRegion(region.id());
        return region;
    }

    /** The region chosen in this session, while it is still one of the person's active regions. */
    public Optional<Region> current() {
        Object id = VaadinSession.getCurrent().getSession().getAttribute(ATTRIBUTE);
        return id == null ? Optional.empty() : choosableRegions().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The region a request works for: the session's choice if the person is still a member; otherwise their only
     * region, or the region they last worked for. Stores what it resolves in the session.
     */
    @Nullable
    String resolveFor(HttpSession session) {
        WorkspaceUser user = currentUser.get().filter(WorkspaceUser::worksForRegions).orElse(null);
        if (user == null) {
            return null;
        }
        Object stored = session.getAttribute(ATTRIBUTE);
        if (stored instanceof String id && user.memberOf(id)) {
            return id;
        }
        List<Region> choosable = choosableRegions();
        Optional<String> resolved = choosable.size() == 1 ? Optional.of(choosable.getFirst().id())
                : regions.lastRegion().filter(id -> choosable.stream().anyMatch(r -> r.id().equals(id)));
        resolved.ifPresentOrElse(id -> session.setAttribute(ATTRIBUTE, id), () -> session.removeAttribute(ATTRIBUTE));
        return resolved.orElse(null);
    }
}
