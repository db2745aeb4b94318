package nl.onderwijsregio.workspace.coverage;

import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/** Which register lines are behind a number; every part optional. */
public record LineFilter(
        @Nullable String regionId,
        @Nullable Theme theme,
        @Nullable String entryId,
        @Nullable RegisterStatus status,
        boolean receivedOnly) {

    public static LineFilter cell(String regionId, Theme theme, boolean receivedOnly) {
        return new LineFilter(regionId, theme, null, null, receivedOnly);
    }

    public static LineFilter source(String entryId, @Nullable RegisterStatus status, boolean receivedOnly) {
        return new LineFilter(null, null, entryId, status, receivedOnly);
    }
}
