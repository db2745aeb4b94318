package nl.onderwijsregio.workspace.notifications;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A person of the region's team who wants mail of at least one kind.
 *
 * @param username   login name
 * @param lead       whether they are the region's lead
 * @param email      address
 * @param language   {@code nl} or {@code en}
 * @param token      their unsubscribe token
 * @param wanted     per kind they want: how often, and since when (events before it are never mailed)
 */
record Recipient(
        String username,
        boolean lead,
        String email,
        String language,
        UUID token,
        Map<NotificationKind, Wanted> wanted) {

    record Wanted(Frequency frequency, OffsetDateTime since) {}
}
