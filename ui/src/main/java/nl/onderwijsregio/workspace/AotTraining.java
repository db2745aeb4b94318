package nl.onderwijsregio.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The package step's training run for the JDK AOT cache ({@code -Dworkspace.aot-training=true}, see {@code ui/pom.xml}):
 * once the app is ready, it asks itself for the pages a first visitor opens, so that the classes of serving a request
 * (Tomcat, the security filters, Vaadin's bootstrap page) are in the cache too, then closes the context the normal way
 * (which stops the embedded database) and ends the process. {@code spring.context.exit=onRefresh} would halt the JVM
 * before any of that, leaving the training database running.
 */
@Component
@ConditionalOnBooleanProperty("workspace.aot-training")
class AotTraining implements ApplicationListener<ApplicationReadyEvent> {

    static final List<String> PAGES = List.of("/welkom", "/");

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int status = 0;
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            status = visit(web.getWebServer().getPort());
        }
        int exit = SpringApplication.exit(event.getApplicationContext(), () -> 0);
        System.exit(status == 0 ? exit : status);
    }

    /** 0 if every page answered (any status below 500), else 1. */
    static int visit(int port) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int failed = 0;
        for (String page : PAGES) {
            try {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                                .timeout(Duration.ofSeconds(60))
                                .header("Accept-Language", "nl")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                log.info("AOT training: {} answered {}", page, response.statusCode());
                failed += response.statusCode() >= 500 ? 1 : 0;
            } catch (IOException e) {
                log.warn("AOT training: {} failed: {}", page, e.toString());
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
