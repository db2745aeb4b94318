package nl.onderwijsregio.workspace.team;

import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.stereotype.Service;

/**
 * Who of the people named on a region's items (findings, reactions, register entries, the analysis, priorities) has
 * left the region's team: the one place that decides it, from {@code team_member}. A person removed from the team
 * keeps their name on what they wrote, shown as a former member. Only the active region's own team is read (row-level
 * security): a neighbour reading a shared finding sees the name without the mark.
 */
@Service
public class Authors {

    private final TeamMembers members;
    private final Tenancy tenancy;

    Authors(TeamMembers members, Tenancy tenancy) {
        this.members = members;
        this.tenancy = tenancy;
    }

    /** The former members of the active region, read once for a screen; none outside a region. */
    public FormerMembers ofActiveRegion() {
        return ActiveRegion.current().map(this::of).orElse(FormerMembers.NONE);
    }

    private FormerMembers of(String regionId) {
        return tenancy.inRegion(regionId, () -> members.former(regionId));
    }
}
