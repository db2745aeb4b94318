package nl.onderwijsregio.workspace.security;

import java.util.function.Supplier;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Runs an API call for the region in its path, after checking that the caller is a member of that region. */
@Component
public class RegionScope {

    private final CurrentUser currentUser;

    RegionScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public <T> T call(String regionId, Supplier<T> work) {
        if (!currentUser.require().memberOf(regionId)) {
            throw new AccessDeniedException("Je bent geen lid van de regio '" + regionId + "'.");
        }
        return ActiveRegion.callAs(regionId, work);
    }
}
