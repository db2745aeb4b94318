package nl.onderwijsregio.workspace.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import nl.onderwijsregio.workspace.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** The audit log's "what changed" as a person reads it, not as the JSON it is stored as. */
class ChangeTextTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void a_change_names_each_changed_field_with_old_and_new_value_and_leaves_out_the_update_time() {
        String text = ChangeText.of(
                event(
                        "UPDATE",
                        "{\"title\": \"Oud\", \"status\": \"concept\", \"updated_at\": \"2026-12-04T03:50:47.325005+00:00\"}",
                        "{\"title\": \"Nieuw\", \"status\": \"concept\", \"updated_at\": \"2026-12-04T03:50:49.065325+00:00\"}"),
                NL);
        assertThat(text).isEqualTo("title: Oud → Nieuw");
    }

    @Test
    void when_only_the_update_time_changed_that_is_what_it_shows_in_dutch_time() {
        String text = ChangeText.of(
                event(
                        "UPDATE",
                        "{\"updated_at\": \"2026-12-04T03:50:47.325005+00:00\"}",
                        "{\"updated_at\": \"2026-07-04T09:09:00+00:00\"}"),
                Locale.ENGLISH);
        assertThat(text).isEqualTo("updated_at: 4 Dec 2026, 04:50 → 4 Jul 2026, 11:09");
    }

    @Test
    void an_addition_lists_its_fields_long_texts_shortened_and_empty_ones_left_out() {
        String text = ChangeText.of(
                event("INSERT", null, "{\"id\": 32, \"body\": \"" + "woord ".repeat(40) + "\", \"note\": null}"), NL);
        String[] lines = text.split(ChangeText.SEPARATOR);
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("id: 32");
        assertThat(lines[1]).startsWith("body: woord woord").endsWith("…");
        assertThat(lines[1]).hasSize("body: ".length() + 121);
    }

    @Test
    void a_removal_lists_what_was_removed_and_text_that_is_not_json_is_shown_as_it_is() {
        assertThat(ChangeText.of(event("DELETE", "{\"title\": \"Weg\"}", null), NL))
                .isEqualTo("title: Weg");
        assertThat(ChangeText.of(event("INSERT", null, "geen json"), NL)).isEqualTo("geen json");
        assertThat(ChangeText.of(event("INSERT", null, null), NL)).isEmpty();
    }

    private static AuditEvent event(String operation, String oldValues, String newValues) {
        return new AuditEvent(
                1,
                OffsetDateTime.parse("2026-12-04T03:50:49Z"),
                "noordkust",
                "lead",
                "finding",
                "7",
                operation,
                oldValues,
                newValues);
    }
}
