package nl.onderwijsregio.workspace.database;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings shared by the embedded and the external database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    /** The migrations grant rights to the application role by name: {@code ${app_role}}. */
    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseProperties properties) {
        return flyway -> flyway.placeholders(Map.of("app_role", properties.appRole()));
    }
}
