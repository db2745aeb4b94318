package nl.onderwijsregio.workspace.notifications;

import static nl.onderwijsregio.db.Tables.NOTIFICATION_SETTING;
import static nl.onderwijsregio.db.Tables.NOTIFICATION_SUBSCRIBER;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.db.Routines;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The per-person tables notification_subscriber and notification_setting (the signed-in person's rows only), and the
 * owner's functions the job and the unsubscribe link use.
 */
@Repository
class Subscribers {

    private final DSLContext db;

    Subscribers(DSLContext db) {
        this.db = db;
    }

    Optional<NotificationSettings> mine(String username) {
        return db.selectFrom(NOTIFICATION_SUBSCRIBER)
                .where(NOTIFICATION_SUBSCRIBER.USERNAME.eq(username))
                .fetchOptional()
                .map(s -> {
                    Map<NotificationKind, Frequency> frequencies = new EnumMap<>(NotificationKind.class);
                    db.selectFrom(NOTIFICATION_SETTING)
                            .where(NOTIFICATION_SETTING.USERNAME.eq(username))
                            .forEach(r -> kind(r.getKind())
                                    .ifPresent(k -> frequencies.put(k, Frequency.valueOf(r.getFrequency()))));
                    return new NotificationSettings(s.getEmail(), s.getLanguage(), frequencies);
                });
    }

    void save(String username, NotificationSettings settings) {
        db.insertInto(NOTIFICATION_SUBSCRIBER)
                .set(NOTIFICATION_SUBSCRIBER.USERNAME, username)
                .set(NOTIFICATION_SUBSCRIBER.EMAIL, settings.email())
                .set(NOTIFICATION_SUBSCRIBER.LANGUAGE, settings.language())
                .onConflict(NOTIFICATION_SUBSCRIBER.USERNAME)
                .doUpdate()
                .set(NOTIFICATION_SUBSCRIBER.EMAIL, settings.email())
                .set(NOTIFICATION_SUBSCRIBER.LANGUAGE, settings.language())
                .set(NOTIFICATION_SUBSCRIBER.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
        for (var entry : settings.frequencies().entrySet()) {
            String frequency = entry.getValue().name();
            db.insertInto(NOTIFICATION_SETTING)
                    .set(NOTIFICATION_SETTING.USERNAME, username)
                    .set(NOTIFICATION_SETTING.KIND, entry.getKey().name())
                    .set(NOTIFICATION_SETTING.FREQUENCY, frequency)
                    .onConflict(NOTIFICATION_SETTING.USERNAME, NOTIFICATION_SETTING.KIND)
                    .doUpdate()
                    .set(NOTIFICATION_SETTING.FREQUENCY, frequency)
                    // switched on again: only what happens from now on
                    .set(
                            NOTIFICATION_SETTING.ENABLED_AT,
                            DSL.when(NOTIFICATION_SETTING.FREQUENCY.eq("NEVER"), DSL.currentOffsetDateTime())
                                    .otherwise(NOTIFICATION_SETTING.ENABLED_AT))
                    .execute();
        }
    }

    /** The active region's current team members who want mail, with what they want (the owner's function). */
    List<Recipient> recipients() {
        Map<String, Recipient> byName = new LinkedHashMap<>();
        var rows = db.selectFrom(Routines.notificationRecipients()).fetch();
        for (var r : rows) {
            Optional<NotificationKind> kind = kind(r.getKind());
            if (kind.isEmpty()) {
                continue;
            }
            Recipient recipient = byName.computeIfAbsent(
                    r.getUsername(),
                    name -> new Recipient(
                            name,
                            "LEAD".equals(r.getRole()),
                            r.getEmail(),
                            r.getLanguage(),
                            r.getUnsubscribeToken(),
                            new EnumMap<>(NotificationKind.class)));
            if (kind.get().leadOnly() && !recipient.lead()) {
                continue;
            }
            OffsetDateTime since = r.getEnabledAt();
            recipient.wanted().put(kind.get(), new Recipient.Wanted(Frequency.valueOf(r.getFrequency()), since));
        }
        return List.copyOf(byName.values());
    }

    /** Sets one kind (or all, {@code kind} null) to never for the token's person; their username, or empty. */
    Optional<String> unsubscribe(UUID token, @Nullable NotificationKind kind) {
        return Optional.ofNullable(db.select(Routines.notificationUnsubscribe(
                        DSL.val(token), DSL.val(kind == null ? null : kind.name(), String.class)))
                .fetchOne(0, String.class));
    }

    private static Optional<NotificationKind> kind(String name) {
        try {
            return Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
