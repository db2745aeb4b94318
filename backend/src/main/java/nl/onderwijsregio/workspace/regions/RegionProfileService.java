package nl.onderwijsregio.workspace.regions;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The active region's profile: read by its members, changed by its lead, each change in its activity log. */
@Service
@Validated
@Transactional
public class RegionProfileService {

    private final RegionProfiles profiles;
    private final ActivityService activity;
    private final CurrentUser currentUser;

    RegionProfileService(RegionProfiles profiles, ActivityService activity, CurrentUser currentUser) {
        this.profiles = profiles;
        this.activity = activity;
        this.currentUser = currentUser;
    }

    /** Readable by the leads and members of the active region. */
    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.member()")
    public Optional<RegionProfile> currentProfile() {
        return profiles.current();
    }

    /** Creates or replaces the profile; only the region's lead may. */
    @PreAuthorize("@regionAccess.lead()")
    public RegionProfile save(@Valid ProfileChange change) {
        String actor = currentUser.actorName();
        profiles.save(ActiveRegion.require(), change, actor);
        activity.record("PROFILE_CHANGED", Message.of("activity.profile.changed"), actor);
        return profiles.current().orElseThrow();
    }

    /** Removes the profile; returns whether there was one. Only the region's lead may. */
    @PreAuthorize("@regionAccess.lead()")
    public boolean clear() {
        boolean removed = profiles.delete() > 0;
        if (removed) {
            activity.record("PROFILE_CLEARED", Message.of("activity.profile.cleared"), currentUser.actorName());
        }
        return removed;
    }
}
