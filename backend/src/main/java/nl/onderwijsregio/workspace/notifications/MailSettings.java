package nl.onderwijsregio.workspace.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where mail goes. With a {@code host} (production: {@code WORKSPACE_SMTP_*}) the app sends through that SMTP
 * server; without one it starts the local mail catcher ({@link MailCatcher}) and sends there.
 *
 * @param host     SMTP server; empty: the local mail catcher
 * @param port     SMTP port
 * @param username SMTP login, if any
 * @param password its password
 * @param starttls whether to require STARTTLS
 * @param from     the sender address of the workspace's mails
 * @param catcher  the local mail catcher: SMTP and web view ports on localhost (0: any free port)
 */
@ConfigurationProperties("workspace.mail")
public record MailSettings(
        @DefaultValue("") String host,
        @DefaultValue("587") int port,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("true") boolean starttls,
        @DefaultValue("noreply@werkruimte.localhost") String from,
        @DefaultValue Catcher catcher) {

    public boolean external() {
        return !host.isBlank();
    }

    /**
     * The local mail catcher.
     *
     * @param smtpPort SMTP port (the demo realm's Keycloak sends to 3025); taken or 0: any free port
     * @param webPort  port of the web view on 127.0.0.1; taken or 0: any free port
     */
    public record Catcher(
            @DefaultValue("0") int smtpPort,
            @DefaultValue("0") int webPort) {}
}
