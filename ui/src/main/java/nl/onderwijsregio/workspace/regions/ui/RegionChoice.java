package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.ExplainedAccessDenied;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The region a signed-in person works for in this browser tab. Only the person's own (active) regions can be
 * chosen; the choice belongs to the tab ({@link TabRegion}) and is remembered for the person's next tab and login.
 */
@Component
public class RegionChoice {

    private final RegionService regions;
    private final CurrentUser currentUser;

    RegionChoice(RegionService regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /** The active regions this person is a member of, by name. */
    public List<Region> choosableRegions() {
        return currentUser
                .get()
                .filter(WorkspaceUser::worksForRegions)
                .map(user -> regions.activeRegions().stream()
                        .filter(r -> user.memberOf(r.id()))
                        .toList())
                .orElse(List.of());
    }

    /** Makes {@code regionId} this tab's region; refuses any region the person may not act for. */
    public Region choose(String regionId) {
        Region region = choosableRegions().stream()
                .filter(r -> r.id().equals(regionId))
                .findFirst()
                .orElseThrow(() -> new ExplainedAccessDenied("regions.choice.not-yours", regionId));
        TabRegion.set(UI.getCurrent(), region.id());
        regions.rememberLastRegion(region.id());
        return region;
    }

    /** The region this tab shows, while it is still one of the person's active regions. */
    public Optional<Region> current() {
        Optional<String> id = TabRegion.of(UI.getCurrent());
        return id.flatMap(chosen ->
                choosableRegions().stream().filter(r -> r.id().equals(chosen)).findFirst());
    }

    /**
     * Gives a new tab its region: the one this window showed before a reload, else the person's only region, else
     * the region they last worked for; none (the picker) otherwise.
     */
    void startTab(UI ui) {
        TabRegion.startIn(ui, windowName(ui));
        List<Region> choosable = choosableRegions();
        if (choosable.isEmpty()) {
            return;
        }
        Optional<String> resolved = TabRegion.ofWindow(ui.getSession(), TabRegion.windowOf(ui))
                .or(() ->
                        choosable.size() == 1 ? Optional.of(choosable.getFirst().id()) : regions.lastRegion())
                .filter(id -> choosable.stream().anyMatch(r -> r.id().equals(id)));
        resolved.ifPresent(id -> TabRegion.set(ui, id));
    }

    /** The browser's name of the tab's window, sent when the tab starts: it survives a reload and differs per tab. */
    private static @Nullable String windowName(UI ui) {
        ExtendedClientDetails details = ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getWindowName() != null) {
            return details.getWindowName();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getParameter("v-wn");
    }
}
