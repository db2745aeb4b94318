package nl.onderwijsregio.workspace.regions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.ExplainedAccessDenied;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the regions and who neighbours whom; the list is shared by all tenants. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final Regions regions;
    private final CurrentUser currentUser;

    RegionService(Regions regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /** All regions, active or not, by name. */
    public List<Region> allRegions() {
        return regions.all();
    }

    /** The regions that can be worked for, by name. */
    public List<Region> activeRegions() {
        return regions.all().stream().filter(Region::active).toList();
    }

    public Optional<Region> find(String id) {
        return regions.byId(id);
    }

    /** The regions with these ids that exist, in no particular order (one query). */
    public List<Region> find(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : regions.byIds(ids);
    }

    /** The neighbouring regions (aanpalende regio's) of a region, by name. */
    public List<Region> neighboursOf(String regionId) {
        return regions.neighboursOf(regionId);
    }

    public List<NeighbourPair> neighbourPairs() {
        return regions.neighbourPairs();
    }

    /** The region the signed-in person last worked for, to return them to it at their next login. */
    public Optional<String> lastRegion() {
        return currentUser.get().flatMap(user -> regions.lastRegionOf(user.username()));
    }

    /** Remembers the region the signed-in person now works for; only one of their own regions. */
    @Transactional
    public void rememberLastRegion(String regionId) {
        WorkspaceUser user = currentUser.require();
        if (!user.memberOf(regionId)) {
            throw new ExplainedAccessDenied("regions.bent-geen-lid-regio");
        }
        regions.rememberLastRegion(user.username(), regionId);
    }
}
