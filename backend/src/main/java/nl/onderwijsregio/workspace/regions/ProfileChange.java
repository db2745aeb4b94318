package nl.onderwijsregio.workspace.regions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user submits to change the active region's profile; validated before it reaches the database. */
public record ProfileChange(
        @Size(max = 2000, message = "{invalid.profileChange.introductie}")
        String introduction,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "{invalid.profileChange.geef-webadres-begint}")
        @Size(max = 300, message = "{invalid.profileChange.webadres}")
        String website,

        @Nullable
        @Email(message = "{invalid.profileChange.geef-geldig-e}")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{invalid.profileChange.geef-geldig-e}")
        String contactEmail) {

    /** Blank optional fields count as absent. */
    public ProfileChange {
        introduction = introduction == null ? "" : introduction.strip();
        website = blankToNull(website);
        contactEmail = blankToNull(contactEmail);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
