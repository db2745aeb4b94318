package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.util.List;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Findings that regions shared with all regions and the Realisatie-Eenheid, for national staff, who belong to no
 * region: read in the narrow {@code national} scope, in which row-level security shows nothing else.
 */
@Service
@PreAuthorize("hasAnyRole('" + NATIONAL + "', '" + PLATFORM_ADMIN + "')")
public class SharedFindings {

    private final Findings findings;
    private final FindingComments comments;
    private final CurrentUser currentUser;
    private final Tenancy tenancy;

    SharedFindings(Findings findings, FindingComments comments, CurrentUser currentUser, Tenancy tenancy) {
        this.findings = findings;
        this.comments = comments;
        this.currentUser = currentUser;
        this.tenancy = tenancy;
    }

    public List<Finding> page(FindingFilter filter, int offset, int limit) {
        return national(() -> findings.page(
                FindingScope.SHARED_WITH_ALL,
                filter,
                currentUser.require().username(),
                Math.max(0, offset),
                Math.clamp(limit, 1, FindingService.MAX_PAGE)));
    }

    /** The list's number, as {@link FindingService#total}: a search by words alone is counted up to its cap. */
    public FindingCount total(FindingFilter filter) {
        return national(() -> findings.count(FindingScope.SHARED_WITH_ALL, filter, FindingService.SEARCH_COUNT_CAP));
    }

    /** A page and the list's number in one transaction, as {@link FindingService#list}. */
    public FindingPage list(FindingFilter filter, int offset, int limit) {
        int max = Math.clamp(limit, 1, FindingService.MAX_PAGE);
        String username = currentUser.require().username();
        return national(() -> findings.list(
                FindingScope.SHARED_WITH_ALL, filter, username, offset, max, FindingService.SEARCH_COUNT_CAP));
    }

    public Finding get(long id) {
        return national(() -> findings.byId(id, currentUser.require().username()))
                .orElseThrow(() -> new ExplainedNotFound("findings.bevinding-bestaat-gedeeld"));
    }

    public List<FindingComment> comments(long id) {
        get(id);
        return national(() -> comments.of(id));
    }

    private <T> T national(Supplier<T> work) {
        return tenancy.national(work);
    }
}
