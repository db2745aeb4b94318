package nl.onderwijsregio.workspace.team;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A person in a region's team, or who was.
 *
 * @param username   login name
 * @param name       full name
 * @param email      e-mail address, if known
 * @param role       lead or member
 * @param since      since when they are in the team (as the workspace saw it)
 * @param lastActive when they last worked for the region in the workspace, if ever
 * @param removedAt  when they left the team; null for a current member
 */
public record TeamMember(
        String username,
        String name,
        @Nullable String email,
        TeamRole role,
        OffsetDateTime since,
        @Nullable OffsetDateTime lastActive,
        @Nullable OffsetDateTime removedAt) {

    public boolean current() {
        return removedAt == null;
    }
}
