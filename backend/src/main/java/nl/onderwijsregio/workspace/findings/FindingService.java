package nl.onderwijsregio.workspace.findings;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.messages.ExplainedAccessDenied;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Findings for the people of the active region: their own findings (write, share, change with history) and the
 * findings other regions shared with them (feed, comments, unread markers, notifications). What can be read is
 * decided by row-level security; this service adds who may change what.
 */
@Service
@Validated
@Transactional
@PreAuthorize("@regionAccess.member()")
public class FindingService {

    static final int MAX_PAGE = 200;
    /**
     * How far a search by words counts its hits; beyond it, the list says "more than 100". Counting is reading: each
     * hit costs a row and its text match (about 0.1 ms), so 1,000 would cost ~100 ms on a common word at 500 regions.
     */
    public static final int SEARCH_COUNT_CAP = 100;

    private static final OffsetDateTime NEVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Findings findings;
    private final FindingComments comments;
    private final FindingRevisions revisions;
    private final FindingReads reads;
    private final FindingLinks links;
    private final CurrentUser currentUser;
    private final ActivityService activity;

    FindingService(
            Findings findings,
            FindingComments comments,
            FindingRevisions revisions,
            FindingReads reads,
            FindingLinks links,
            CurrentUser currentUser,
            ActivityService activity) {
        this.findings = findings;
        this.comments = comments;
        this.revisions = revisions;
        this.reads = reads;
        this.links = links;
        this.currentUser = currentUser;
        this.activity = activity;
    }

    @Transactional(readOnly = true)
    public List<Finding> page(FindingScope scope, FindingFilter filter, int offset, int limit) {
        requireRegionScope(scope);
        return findings.page(scope, filter, user().username(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    public int count(FindingScope scope, FindingFilter filter) {
        requireRegionScope(scope);
        return findings.count(scope, filter);
    }

    /**
     * What a list shows as its number: exact, but for a search by words alone counted up to
     * {@link #SEARCH_COUNT_CAP} ("more than 100"), as counting every hit of a common word is linear in them.
     */
    @Transactional(readOnly = true)
    public FindingCount total(FindingScope scope, FindingFilter filter) {
        requireRegionScope(scope);
        return findings.count(scope, filter, SEARCH_COUNT_CAP);
    }

    /**
     * A page of a list and its number ({@link #total}) in one transaction. The number is not counted when the first
     * page is not full: then the page is all there is. The first page of a search by words alone and its number come
     * from one statement ({@code Findings.searchHead}).
     */
    @Transactional(readOnly = true)
    public FindingPage list(FindingScope scope, FindingFilter filter, int offset, int limit) {
        requireRegionScope(scope);
        return findings.list(
                scope, filter, user().username(), offset, Math.clamp(limit, 1, MAX_PAGE), SEARCH_COUNT_CAP);
    }

    /**
     * What the findings screen loads when it opens a tab: the first page, the list's number and the feed's unread
     * count, in one transaction. The whole feed's number and its unread part come from one statement.
     */
    @Transactional(readOnly = true)
    public FindingPage firstPage(FindingScope scope, FindingFilter filter, int limit) {
        String username = user().username();
        if (scope == FindingScope.FEED && filter.equals(FindingFilter.NONE)) {
            List<Finding> items = page(scope, filter, 0, limit);
            Findings.FeedTally tally = findings.feedTally(username);
            return new FindingPage(items, FindingCount.exactly(tally.total()), tally.unread());
        }
        FindingPage listed = list(scope, filter, 0, limit);
        return new FindingPage(listed.items(), listed.total(), findings.unread(username));
    }

    /** A finding the user may read: the region's own or one shared with it. */
    @Transactional(readOnly = true)
    public Finding get(long id) {
        return existing(id);
    }

    public Finding create(@Valid FindingDraft draft) {
        ActiveRegion.require();
        links.check(draft);
        WorkspaceUser user = user();
        long id = findings.insert(draft, user.username(), user.displayName());
        if (draft.sharedWithOthers()) {
            activity.record(
                    "FINDING",
                    Message.of("activity.finding.shared", draft.title(), draft.visibility()),
                    user.displayName());
        }
        return existing(id);
    }

    /**
     * Changes an own finding that is still at {@code revision}. A draft may be changed by everyone of the region, a
     * published finding only by its author and the lead. The version before is kept in the history.
     */
    public Finding update(long id, int revision, @Valid FindingDraft draft) {
        Finding before = own(id);
        checkMayChange(before);
        links.check(draft);
        FindingDraft was = FindingDraft.of(before);
        if (was.equals(draft)) {
            return before;
        }
        if (!findings.update(id, revision, draft, sharedWider(before, draft), user().username())) {
            throw new FindingConflictException();
        }
        revisions.record(before, user().displayName(), FindingChanges.summary(was, draft));
        if (sharedWider(before, draft)) {
            activity.record(
                    "FINDING",
                    Message.of("activity.finding.shared", draft.title(), draft.visibility()),
                    user().displayName());
        }
        return existing(id);
    }

    /** Removes an own finding (its author or the lead); it disappears for everyone, its history stays. */
    public void delete(long id) {
        Finding before = own(id);
        if (!isAuthorOrLead(before)) {
            throw new ExplainedAccessDenied("findings.bevinding-alleen-auteur-regiotrekker");
        }
        if (!findings.softDelete(id, user().username())) {
            throw new FindingConflictException();
        }
        revisions.record(before, user().displayName(), Message.of("findings.history.deleted"));
        activity.record("FINDING", Message.of("activity.finding.deleted", before.title()), user().displayName());
    }

    /** Whether the current user may delete this finding (the screens mirror this). */
    @Transactional(readOnly = true)
    public boolean mayDelete(Finding finding) {
        return ActiveRegion.current().map(finding.regionId()::equals).orElse(false) && isAuthorOrLead(finding);
    }

    /** Whether the current user may change this finding (the screens mirror this). */
    @Transactional(readOnly = true)
    public boolean mayChange(Finding finding) {
        return ActiveRegion.current().map(finding.regionId()::equals).orElse(false)
                && (!finding.published() || isAuthorOrLead(finding));
    }

    /** What a finding of the region can point to: catalogue entries and the region's own register entries. */
    @Transactional(readOnly = true)
    public LinkOptions linkOptions() {
        ActiveRegion.require();
        return links.options();
    }

    /** The catalogue and (for the own region) register entries the finding points to. */
    @Transactional(readOnly = true)
    public LinkedSources linkedSources(long id) {
        Finding finding = existing(id);
        boolean own = ActiveRegion.current().map(finding.regionId()::equals).orElse(false);
        return new LinkedSources(
                links.catalogue(finding.catalogueEntryIds()),
                own ? links.register(finding.registerEntryIds()) : java.util.Map.of());
    }

    /** The history of an own finding, newest first. */
    @Transactional(readOnly = true)
    public List<FindingVersion> history(long id) {
        own(id);
        return revisions.of(id);
    }

    /** The comments the user may see, oldest first; the own region also sees the ones it hid. */
    @Transactional(readOnly = true)
    public List<FindingComment> comments(long findingId) {
        existing(findingId);
        return comments.of(findingId);
    }

    public FindingComment comment(long findingId, String text) {
        Finding finding = existing(findingId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new FindingRuleException("findings.schrijf-eerst-reactie");
        }
        if (body.length() > 4000) {
            throw new FindingRuleException("findings.reactie-mag-hoogstens-tekens");
        }
        if (!finding.published()) {
            throw new FindingRuleException("findings.kunt-alleen-reageren-gepubliceerde");
        }
        long id = comments.insert(findingId, user().username(), user().displayName(), body);
        return comments.of(findingId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Hides (or shows again) a comment on one of the region's own findings. */
    public void hideComment(long findingId, long commentId, boolean hidden) {
        own(findingId);
        boolean found = comments.of(findingId).stream().anyMatch(c -> c.id() == commentId);
        if (!found || !comments.setHidden(commentId, hidden, user().displayName())) {
            throw new ExplainedNotFound("findings.reactie-bestaat-meer");
        }
    }

    /** Marks a finding of another region as read by the current user. */
    public void markRead(long id) {
        existing(id);
        reads.markRead(user().username(), id);
    }

    public void markFeedRead() {
        reads.markFeedRead(user().username());
    }

    @Transactional(readOnly = true)
    public int unreadInFeed() {
        return findings.unread(user().username());
    }

    /** Newly shared findings and comments on the region's findings, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> notifications(int limit) {
        OffsetDateTime seen = seenAt();
        int max = Math.clamp(limit, 1, 100);
        List<Notification> all = new ArrayList<>(reads.newlyShared(seen, max));
        all.addAll(comments.onOwnFindings(user().username(), seen, max));
        all.sort(Comparator.comparing(Notification::at).reversed());
        return all.subList(0, Math.min(max, all.size()));
    }

    @Transactional(readOnly = true)
    public int unreadNotifications() {
        OffsetDateTime seen = seenAt();
        return reads.countNewlySharedAfter(seen) + comments.countOnOwnFindingsAfter(user().username(), seen);
    }

    public void markNotificationsSeen() {
        reads.markSeen(user().username(), ActiveRegion.require());
    }

    private OffsetDateTime seenAt() {
        return reads.seenAt(user().username(), ActiveRegion.require()).orElse(NEVER);
    }

    private static boolean sharedWider(Finding before, FindingDraft after) {
        if (!after.sharedWithOthers()) {
            return false;
        }
        return !before.shared() || before.visibility() == Visibility.NEIGHBOURS && after.visibility() == Visibility.ALL;
    }

    private void checkMayChange(Finding finding) {
        if (finding.published() && !isAuthorOrLead(finding)) {
            throw new ExplainedAccessDenied("findings.gepubliceerde-bevinding-alleen-auteur");
        }
    }

    private boolean isAuthorOrLead(Finding finding) {
        WorkspaceUser user = user();
        return user.username().equals(finding.createdBy()) || user.has(Role.REGIO_LEAD);
    }

    private Finding existing(long id) {
        return findings.byId(id, user().username())
                .orElseThrow(() -> new ExplainedNotFound("findings.bevinding-bestaat-gedeeld"));
    }

    private Finding own(long id) {
        Finding finding = existing(id);
        if (!finding.regionId().equals(ActiveRegion.require())) {
            throw new ExplainedAccessDenied("findings.alleen-regio-bevinding-schreef");
        }
        return finding;
    }

    private static void requireRegionScope(FindingScope scope) {
        if (scope == FindingScope.SHARED_WITH_ALL) {
            return;
        }
        ActiveRegion.require();
    }

    private WorkspaceUser user() {
        return currentUser.require();
    }
}
