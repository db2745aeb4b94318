package nl.onderwijsregio.workspace.findings;

import java.time.OffsetDateTime;

/**
 * Something that happened around findings that the current user has not seen yet, or saw recently.
 *
 * @param kind   a finding newly shared with the region, or a comment on one of the region's findings
 * @param who    the region (new finding) or person (comment) it comes from
 * @param unread whether it happened after the user last opened the notifications
 */
public record Notification(
        Kind kind, long findingId, String findingTitle, String who, OffsetDateTime at, boolean unread) {

    public enum Kind {
        NEW_FINDING,
        COMMENT
    }
}
