package nl.onderwijsregio.workspace.regions;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The active region's profile: read by everyone working for it, changed with an entry in its activity log. */
@Service
@Validated
@Transactional
public class RegionProfileService {

    private final RegionProfiles profiles;
    private final ActivityService activity;

    RegionProfileService(RegionProfiles profiles, ActivityService activity) {
        this.profiles = profiles;
        this.activity = activity;
    }

    @Transactional(readOnly = true)
    public Optional<RegionProfile> currentProfile() {
        return profiles.current();
    }

    public RegionProfile save(@Valid ProfileChange change, String actor) {
        profiles.save(ActiveRegion.require(), change, actor);
        activity.record("PROFILE_CHANGED", "Regioprofiel bijgewerkt", actor);
        return profiles.current().orElseThrow();
    }

    /** Removes the profile; returns whether there was one. */
    public boolean clear(String actor) {
        boolean removed = profiles.delete() > 0;
        if (removed) {
            activity.record("PROFILE_CLEARED", "Regioprofiel gewist", actor);
        }
        return removed;
    }
}
