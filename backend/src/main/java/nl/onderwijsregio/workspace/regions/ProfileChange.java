package nl.onderwijsregio.workspace.regions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user submits to change the active region's profile; validated before it reaches the database. */
public record ProfileChange(
        @Size(max = 2000, message = "De introductie mag hoogstens 2000 tekens lang zijn.")
        String introduction,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "Geef een webadres dat begint met http:// of https://.")
        @Size(max = 300, message = "Het webadres mag hoogstens 300 tekens lang zijn.")
        String website,

        @Nullable
        @Email(message = "Geef een geldig e-mailadres, zoals info@regio.nl.")
        @Pattern(
                regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                message = "Geef een geldig e-mailadres, zoals info@regio.nl.")
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
