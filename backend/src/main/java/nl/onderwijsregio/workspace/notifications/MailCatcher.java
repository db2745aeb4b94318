package nl.onderwijsregio.workspace.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local mail catcher of the embedded default: GreenMail's SMTP server on localhost (every mail to any address is
 * kept in memory, nothing leaves the machine) and a small read-only web view of the caught mails on 127.0.0.1
 * ({@link CaughtMailPage}). Only started when no SMTP server is configured; never in production.
 */
public final class MailCatcher {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    private final GreenMail greenMail;
    private final HttpServer web;

    MailCatcher(MailSettings.Catcher settings) {
        int smtpPort = portOrFree(settings.smtpPort(), "SMTP");
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        int webPort = portOrFree(settings.webPort(), "web view");
        try {
            web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), webPort), 0);
        } catch (IOException e) {
            greenMail.stop();
            throw new UncheckedIOException("Cannot start the mail catcher's web view", e);
        }
        web.createContext("/", new CaughtMailPage(this));
        web.start();
        log.info("Local mail catcher: SMTP on localhost:{}, the caught mails at {}", smtpPort(), webUrl());
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The web view, e.g. {@code http://127.0.0.1:8025/}. */
    public String webUrl() {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
    }

    /** The mails caught so far, oldest first. */
    public List<MimeMessage> messages() {
        return List.of(greenMail.getReceivedMessages());
    }

    @PreDestroy
    void stop() {
        web.stop(0);
        greenMail.stop();
    }

    /** The wanted port when it is free, else (or for 0) any free one: tests and a second app never clash. */
    private static int portOrFree(int wanted, String what) {
        if (wanted > 0) {
            try (ServerSocket probe = new ServerSocket(wanted, 1, InetAddress.getLoopbackAddress())) {
                return wanted;
            } catch (IOException taken) {
                log.warn("Port {} for the mail catcher's {} is taken; using a free port instead", wanted, what);
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the mail catcher", e);
        }
    }
}
