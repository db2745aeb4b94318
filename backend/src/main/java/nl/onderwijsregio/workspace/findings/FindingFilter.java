package nl.onderwijsregio.workspace.findings;

import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a list of findings; every part is optional.
 *
 * @param text      words to search for (Dutch stemming, over title and text)
 * @param regionId  only findings of this region (in the feed)
 * @param published only published (true) or only drafts (false)
 */
public record FindingFilter(
        @Nullable String text,
        @Nullable Theme theme,
        @Nullable FindingKind kind,
        @Nullable String regionId,
        @Nullable Visibility visibility,
        @Nullable Boolean published) {

    public static final FindingFilter NONE = new FindingFilter(null, null, null, null, null, null);

    public FindingFilter {
        // PostgreSQL refuses a NUL in a text parameter; no finding holds one
        text = text == null ? null : text.replace("\u0000", "");
        text = text == null || text.isBlank() ? null : text.strip();
        regionId = regionId == null || regionId.isBlank() ? null : regionId;
    }

    public static FindingFilter text(@Nullable String text) {
        return new FindingFilter(text, null, null, null, null, null);
    }
}
