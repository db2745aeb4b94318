package nl.onderwijsregio.workspace.regions;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the regions and who neighbours whom; the list is shared by all tenants. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final Regions regions;

    RegionService(Regions regions) {
        this.regions = regions;
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

    /** The neighbouring regions (aanpalende regio's) of a region, by name. */
    public List<Region> neighboursOf(String regionId) {
        return regions.neighboursOf(regionId);
    }

    public List<NeighbourPair> neighbourPairs() {
        return regions.neighbourPairs();
    }
}
