package nl.onderwijsregio.workspace.bench;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backend's real services (no web layer) against the benchmark database, connected exactly as the app
 * connects: as the non-owner application role, migrations run by the owner.
 */
@SpringBootApplication(scanBasePackages = "nl.onderwijsregio.workspace")
public class BenchApplication {

    /** Starts the context; Flyway migrates and the catalogue import fills the catalogue. */
    public static ConfigurableApplicationContext start(BenchDatabase db) {
        SpringApplication app = new SpringApplication(BenchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties(db));
        app.setLogStartupInfo(false);
        return app.run();
    }

    /** The settings the app itself gets for an external PostgreSQL (also used for the app process). */
    public static Map<String, Object> properties(BenchDatabase db) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", db.url());
        p.put("spring.datasource.username", BenchDatabase.APP_ROLE);
        p.put("spring.datasource.password", BenchDatabase.APP_ROLE);
        p.put("spring.flyway.user", BenchDatabase.OWNER);
        p.put("spring.flyway.password", BenchDatabase.OWNER);
        p.put("spring.flyway.locations", "classpath:db/migration");
        p.put("workspace.demo-data", "never");
        // The nightly retention watch must not run in the middle of a measurement.
        p.put("workspace.register.retention-watch-cron", "-");
        p.put("spring.main.banner-mode", "off");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.nl.onderwijsregio", "WARN");
        return p;
    }
}
