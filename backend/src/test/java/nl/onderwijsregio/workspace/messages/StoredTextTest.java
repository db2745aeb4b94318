package nl.onderwijsregio.workspace.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import org.junit.jupiter.api.Test;

/** Messages kept in a column are said in the reader's language; older texts read as they were written. */
class StoredTextTest {

    @Test
    void a_stored_message_is_said_in_the_readers_language() {
        String stored = StoredText.write(
                Message.of(
                        "register.history.status",
                        RegisterStatus.GEWENST,
                        RegisterStatus.AANGEVRAAGD,
                        LocalDate.of(2026, 11, 1)),
                1000);
        assertThat(StoredText.text(stored, Locale.of("nl"))).isEqualTo("Gewenst → Aangevraagd op 2026-11-01");
        assertThat(StoredText.text(stored, Locale.ENGLISH)).isEqualTo("Wanted → Requested on 2026-11-01");
    }

    @Test
    void numbers_nested_messages_and_joined_messages_survive_the_column() {
        Message nested = Message.of("activity.analysis.shared", "Editie 2026", 3, 1);
        assertThat(StoredText.read(StoredText.write(nested, 500)).text(Locale.ENGLISH))
                .isEqualTo("Editie 2026 version 3 shared");
        Message joined = Message.joined(java.util.List.of(
                Message.of("activity.profile.changed"), Message.of("activity.finding.deleted", "Titel")));
        assertThat(StoredText.read(StoredText.write(joined, 500)).dutch())
                .isEqualTo("Regioprofiel bijgewerkt Bevinding verwijderd: Titel");
    }

    @Test
    void a_text_written_before_the_bundles_or_by_a_person_reads_as_written() {
        assertThat(StoredText.text("Verwijderd uit het register", Locale.ENGLISH))
                .isEqualTo("Verwijderd uit het register");
        assertThat(StoredText.text("{\"m\": broken", Locale.ENGLISH)).isEqualTo("{\"m\": broken");
        assertThat(StoredText.text(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void long_arguments_are_cut_and_a_message_too_long_for_the_column_is_kept_in_dutch() {
        String title = "t".repeat(600);
        String stored = StoredText.write(Message.of("activity.finding.deleted", title), 500);
        assertThat(stored.length()).isLessThanOrEqualTo(500);
        assertThat(StoredText.text(stored, Locale.ENGLISH))
                .startsWith("Finding deleted: ttt")
                .endsWith("…")
                .hasSize("Finding deleted: ".length() + StoredText.MAX_ARGUMENT);
        String tight = StoredText.write(Message.of("activity.finding.deleted", "kort"), 30);
        assertThat(tight).isEqualTo("Bevinding verwijderd: kort");
    }
}
