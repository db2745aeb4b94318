package nl.onderwijsregio.workspace.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.messages.Texts;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail catcher's web view: {@code /} lists the caught mails newest first, {@code /mail/<n>} shows one as text with
 * its links clickable. Everything is escaped; the page runs no script. Local development only.
 */
final class CaughtMailPage implements HttpHandler {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final MailCatcher catcher;

    CaughtMailPage(MailCatcher catcher) {
        this.catcher = catcher;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        List<MimeMessage> mails = catcher.messages();
        String body;
        int status = 200;
        try {
            if (path.equals("/")) {
                body = list(mails);
            } else if (path.matches("/mail/\\d{1,6}") && Integer.parseInt(path.substring(6)) < mails.size()) {
                body = one(mails.get(Integer.parseInt(path.substring(6))));
            } else {
                status = 404;
                body = page(
                        Texts.dutch("mailcatcher.not-found.title"),
                        "<p>" + esc(Texts.dutch("mailcatcher.not-found.text")) + " " + home() + "</p>");
            }
        } catch (Exception e) {
            status = 500;
            body = page(
                    Texts.dutch("mailcatcher.error"),
                    "<p>" + HtmlUtils.htmlEscape(String.valueOf(e.getMessage())) + "</p>");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String list(List<MimeMessage> mails) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = mails.size() - 1; i >= 0; i--) {
            MimeMessage mail = mails.get(i);
            rows.append("<tr><td>")
                    .append(esc(String.valueOf(mail.getSentDate())))
                    .append("</td><td>")
                    .append(esc(String.join(", ", recipients(mail))))
                    .append("</td><td><a class=\"mail\" href=\"/mail/")
                    .append(i)
                    .append("\">")
                    .append(esc(String.valueOf(mail.getSubject())))
                    .append("</a></td></tr>");
        }
        return page(
                Texts.dutch("mailcatcher.title", mails.size()),
                "<p>" + esc(Texts.dutch("mailcatcher.intro")) + "</p><table><thead><tr><th>"
                        + esc(Texts.dutch("mailcatcher.sent")) + "</th><th>" + esc(Texts.dutch("mailcatcher.to"))
                        + "</th><th>" + esc(Texts.dutch("mailcatcher.subject")) + "</th></tr></thead><tbody>" + rows
                        + "</tbody></table>");
    }

    private static String one(MimeMessage mail) throws Exception {
        String text = text(mail);
        Matcher links = LINK.matcher(text);
        StringBuilder html = new StringBuilder();
        int at = 0;
        while (links.find()) {
            html.append(esc(text.substring(at, links.start())));
            String url = links.group();
            html.append("<a class=\"link\" href=\"")
                    .append(esc(url))
                    .append("\">")
                    .append(esc(url))
                    .append("</a>");
            at = links.end();
        }
        html.append(esc(text.substring(at)));
        return page(
                String.valueOf(mail.getSubject()),
                "<p>" + esc(Texts.dutch("mailcatcher.to-line", String.join(", ", recipients(mail))))
                        + "</p><pre id=\"body\">" + html + "</pre><p>" + home() + "</p>");
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        var all = mail.getAllRecipients();
        return all == null
                ? List.of()
                : java.util.Arrays.stream(all).map(Object::toString).toList();
    }

    /** The plain-text part, else the HTML part without tags. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("(?s)<[^>]*>", " ");
        }
        if (part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart sub = multipart.getBodyPart(i);
                if (sub.isMimeType("text/plain")) {
                    return String.valueOf(sub.getContent());
                }
                if (html == null) {
                    html = text(sub);
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }

    private static String page(String title, String content) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + "</title><style>body{font-family:sans-serif;margin:2rem}td,th{padding:.3rem .6rem;text-align:left}"
                + "pre{white-space:pre-wrap}</style></head><body><h1>" + esc(title) + "</h1>" + content
                + "</body></html>";
    }

    private static String home() {
        return "<a href=\"/\">" + esc(Texts.dutch("mailcatcher.all")) + "</a>";
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
