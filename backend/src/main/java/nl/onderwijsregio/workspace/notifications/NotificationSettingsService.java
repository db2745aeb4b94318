package nl.onderwijsregio.workspace.notifications;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A person's own e-mail settings (anyone signed in, for themselves only: row-level security on their username), and
 * the unsubscribe link, which works without logging in (the token in the link names the person).
 */
@Service
public class NotificationSettingsService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Subscribers subscribers;
    private final Tenancy tenancy;
    private final CurrentUser currentUser;

    NotificationSettingsService(Subscribers subscribers, Tenancy tenancy, CurrentUser currentUser) {
        this.subscribers = subscribers;
        this.tenancy = tenancy;
        this.currentUser = currentUser;
    }

    /** The current person's settings; never saved: everything off, their login's address, Dutch. */
    @PreAuthorize("isAuthenticated()")
    public NotificationSettings mine() {
        WorkspaceUser user = currentUser.require();
        return tenancy.withoutRegion(() -> subscribers.mine(user.username()))
                .orElseGet(() -> new NotificationSettings(user.email() == null ? "" : user.email(), "nl", Map.of()));
    }

    /** Saves the current person's settings; a kind switched on again mails only what happens from now on. */
    @PreAuthorize("isAuthenticated()")
    public NotificationSettings save(NotificationSettings settings) {
        WorkspaceUser user = currentUser.require();
        String email = settings.email().strip();
        boolean anyOn = settings.frequencies().values().stream().anyMatch(f -> f != Frequency.NEVER);
        if ((anyOn || !email.isEmpty()) && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
            throw new IllegalArgumentException("notifications.error.email");
        }
        NotificationSettings clean = new NotificationSettings(email, settings.language(), settings.frequencies());
        tenancy.withoutRegion(() -> subscribers.save(user.username(), clean));
        return mine();
    }

    /** The unsubscribe link: one kind (or all) set to never; the person's username, empty for an unknown token. */
    public Optional<String> unsubscribe(String token, @Nullable NotificationKind kind) {
        UUID parsed;
        try {
            parsed = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return tenancy.withoutRegion(() -> subscribers.unsubscribe(parsed, kind));
    }
}
