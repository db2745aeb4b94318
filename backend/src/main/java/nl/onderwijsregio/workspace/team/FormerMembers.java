package nl.onderwijsregio.workspace.team;

import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The people who have left one region's team ({@link Authors}), to name the authors of its items: "Anna de Vries
 * (voormalig lid)" / "(former member)". By username where the item keeps it; by the display name where a log keeps
 * only that (register history, priorities). Items of another region keep their author's name as it is.
 */
public record FormerMembers(@Nullable String regionId, Set<String> usernames, Set<String> names) {

    static final FormerMembers NONE = new FormerMembers(null, Set.of(), Set.of());

    public FormerMembers {
        usernames = Set.copyOf(usernames);
        names = Set.copyOf(names);
    }

    /** Nobody: outside a region. */
    public static FormerMembers none() {
        return NONE;
    }

    /** Whether the author {@code username} of an item of {@code itemRegion} has left that region's team. */
    public boolean former(@Nullable String itemRegion, @Nullable String username) {
        return username != null && itemRegion != null && itemRegion.equals(regionId) && usernames.contains(username);
    }

    /** The author's name as the screens show it: with "(voormalig lid)" for someone who has left the team. */
    public String name(@Nullable String itemRegion, @Nullable String username, String name, Locale locale) {
        return former(itemRegion, username) ? marked(name, locale) : name;
    }

    /** The same for an item of the region these are the former members of. */
    public String name(@Nullable String username, String name, Locale locale) {
        return name(regionId, username, name, locale);
    }

    /** For an item of this region that keeps only its author's display name. */
    public String displayName(String name, Locale locale) {
        return regionId != null && names.contains(name) ? marked(name, locale) : name;
    }

    private static String marked(String name, Locale locale) {
        return Texts.text("team.former-member", locale, name);
    }
}
