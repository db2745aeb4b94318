package nl.onderwijsregio.workspace.register;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which register entries to list; an empty set or a null value does not narrow.
 *
 * @param statuses            only these statuses
 * @param holderKinds         only these kinds of holder
 * @param theme               only entries whose catalogue entry has this theme
 * @param retentionWithinDays only entries whose retention ends within this many days from today (or has ended)
 */
public record RegisterFilter(
        Set<RegisterStatus> statuses,
        Set<HolderKind> holderKinds,
        @Nullable String theme,
        @Nullable Integer retentionWithinDays) {

    public RegisterFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        holderKinds = holderKinds == null ? Set.of() : Set.copyOf(holderKinds);
        theme = theme == null || theme.isBlank() ? null : theme.strip();
    }

    /** Every entry of the region. */
    public static RegisterFilter all() {
        return new RegisterFilter(Set.of(), Set.of(), null, null);
    }

    public RegisterFilter withStatuses(RegisterStatus... only) {
        return new RegisterFilter(Set.of(only), holderKinds, theme, retentionWithinDays);
    }
}
