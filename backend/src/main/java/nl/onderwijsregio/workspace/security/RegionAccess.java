package nl.onderwijsregio.workspace.security;

import nl.onderwijsregio.workspace.messages.ExplainedAccessDenied;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.stereotype.Component;

/**
 * Checks in services that the signed-in person is a member of the active region, on top of the row-level security
 * that limits the data to that region: a person can only act for a region they belong to.
 */
@Component("regionAccess")
public class RegionAccess {

    private final CurrentUser currentUser;

    RegionAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** For {@code @PreAuthorize("@regionAccess.member()")}: a lead or member of the active region. */
    public boolean member() {
        return ActiveRegion.current()
                .flatMap(region -> currentUser
                        .get()
                        .filter(user -> user.memberOf(region))
                        .filter(user -> user.has(Role.REGIO_LEAD) || user.has(Role.REGIO_MEMBER)))
                .isPresent();
    }

    /** For {@code @PreAuthorize("@regionAccess.lead()")}: the lead of the active region. */
    public boolean lead() {
        return member()
                && currentUser.get().map(user -> user.has(Role.REGIO_LEAD)).orElse(false);
    }

    /** Throws when {@link #member()} is false. */
    public void requireMember() {
        if (!member()) {
            throw new ExplainedAccessDenied("security.bent-geen-lid-regio");
        }
    }
}
