package nl.onderwijsregio.workspace.notifications;

import java.util.List;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Writes the mails from the templates in the recipient's language: one per event, or one digest of many. */
@Component
class MailComposer {

    private final MailItems items;

    MailComposer(MailItems items) {
        this.items = items;
    }

    Mail single(Recipient recipient, MailItem item, ResourceBundle texts) {
        String subject = MailItems.format(texts, "single." + item.kind() + ".subject", strip(item.line()));
        String body = texts.getString("greeting") + "\n\n" + texts.getString("single." + item.kind() + ".intro")
                + "\n\n" + item.line() + "\n" + MailItems.format(texts, "open", item.link()) + "\n\n"
                + footer(recipient, List.of(item), texts);
        return new Mail(recipient.email(), subject, body, List.of(item.outboxId()));
    }

    Mail digest(Recipient recipient, Frequency frequency, List<MailItem> digestItems, ResourceBundle texts) {
        String subject = MailItems.format(texts, "digest." + frequency + ".subject", digestItems.size());
        StringBuilder body = new StringBuilder(texts.getString("greeting"))
                .append("\n\n")
                .append(texts.getString("digest.intro"))
                .append("\n\n");
        for (MailItem item : digestItems) {
            body.append("- ")
                    .append(item.line())
                    .append("\n  ")
                    .append(item.link())
                    .append("\n");
        }
        body.append("\n").append(footer(recipient, digestItems, texts));
        return new Mail(
                recipient.email(),
                subject,
                body.toString(),
                digestItems.stream().map(MailItem::outboxId).toList());
    }

    private String footer(Recipient recipient, List<MailItem> mailed, ResourceBundle texts) {
        StringBuilder footer = new StringBuilder(MailItems.format(texts, "footer", items.link("/instellingen/e-mail")));
        mailed.stream()
                .map(MailItem::kind)
                .distinct()
                .forEach(kind -> footer.append("\n")
                        .append(MailItems.format(
                                texts,
                                "unsubscribe.kind",
                                items.link("/afmelden?token=" + recipient.token() + "&soort=" + kind))));
        footer.append("\n")
                .append(MailItems.format(texts, "unsubscribe.all", items.link("/afmelden?token=" + recipient.token())));
        return footer.toString();
    }

    /** The subject line's item: no line breaks, at most 120 characters. */
    private static String strip(String line) {
        String one = line.replaceAll("\\s+", " ").strip();
        return one.length() > 120 ? one.substring(0, 119) + "…" : one;
    }
}
