package nl.onderwijsregio.workspace.notifications;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterToDo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads an outbox row's item again at send time, as the recipient, through the screens' services: a finding no longer
 * shared with the region, or a register entry that no longer needs attention, gives nothing (the row is skipped).
 */
@Component
class MailItems {

    private final FindingService findings;
    private final RegisterService register;
    private final String publicUrl;

    MailItems(
            FindingService findings,
            RegisterService register,
            @Value("${workspace.public-url:http://localhost:8080}") String publicUrl) {
        this.findings = findings;
        this.register = register;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    Optional<MailItem> read(OutboxRow row, ResourceBundle texts, LocalDate today) {
        return switch (row.kind()) {
            case NEW_FINDING, COMMENT ->
                finding(row)
                        .map(f -> new MailItem(
                                row.id(),
                                row.kind(),
                                format(texts, "item." + row.kind(), f.regionName(), f.title()),
                                publicUrl + "/bevindingen/" + f.id()));
            case REGISTER_REMINDER ->
                reminder(row, today)
                        .map(e -> new MailItem(
                                row.id(),
                                row.kind(),
                                format(texts, "item.REGISTER_REMINDER." + reason(row), e.what()),
                                publicUrl + "/register"));
        };
    }

    String link(String path) {
        return publicUrl + path;
    }

    private Optional<Finding> finding(OutboxRow row) {
        try {
            return Optional.of(findings.get(Long.parseLong(row.itemId())));
        } catch (RuntimeException notReadable) {
            return Optional.empty();
        }
    }

    private Optional<RegisterEntry> reminder(OutboxRow row, LocalDate today) {
        long id = Long.parseLong(row.itemId().substring(0, row.itemId().indexOf(':')));
        RegisterToDo toDo = register.toDo(today);
        var list = switch (EventCollector.Reminder.valueOf(reason(row))) {
            case WAITING -> toDo.waitingForAnswer();
            case ENDING -> toDo.retentionEnding();
            case PAST -> toDo.pastRetention();
        };
        return list.stream().filter(e -> e.id() == id).findFirst();
    }

    private static String reason(OutboxRow row) {
        return row.itemId().substring(row.itemId().indexOf(':') + 1);
    }

    static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("notifications/mail", Locale.forLanguageTag(language), NoFallback.INSTANCE);
    }

    /** Dutch and English only, never the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
