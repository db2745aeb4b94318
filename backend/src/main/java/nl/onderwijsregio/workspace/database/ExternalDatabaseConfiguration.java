package nl.onderwijsregio.workspace.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Marks an external PostgreSQL: Spring Boot's own data source ({@code spring.datasource.*}, the application role)
 * and Flyway ({@code spring.flyway.user/password}, the owner role) are used as configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}
