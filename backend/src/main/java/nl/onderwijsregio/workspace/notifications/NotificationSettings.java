package nl.onderwijsregio.workspace.notifications;

import java.util.EnumMap;
import java.util.Map;

/**
 * A person's e-mail settings.
 *
 * @param email       where the mails go (the address Keycloak knows)
 * @param language    {@code nl} or {@code en}
 * @param frequencies per kind; a kind without an entry is {@link Frequency#NEVER}
 */
public record NotificationSettings(String email, String language, Map<NotificationKind, Frequency> frequencies) {

    public NotificationSettings {
        EnumMap<NotificationKind, Frequency> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, frequencies.getOrDefault(kind, Frequency.NEVER));
        }
        frequencies = Map.copyOf(all);
        language = "en".equals(language) ? "en" : "nl";
    }

    public Frequency of(NotificationKind kind) {
        return frequencies.get(kind);
    }
}
