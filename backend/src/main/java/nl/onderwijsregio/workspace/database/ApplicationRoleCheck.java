package nl.onderwijsregio.workspace.database;

import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to run when the application connects as a role that row-level security does not apply to (a superuser,
 * a BYPASSRLS role or the owner of the tables): tenant isolation would silently be gone.
 */
@Component
@Order(-100)
class ApplicationRoleCheck implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    ApplicationRoleCheck(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void run(ApplicationArguments args) {
        verify();
    }

    void verify() {
        String role = jdbc.queryForObject("select current_user", String.class);
        Boolean bypasses = jdbc.queryForObject(
                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class);
        Integer owned = jdbc.queryForObject(
                "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user",
                Integer.class);
        if (Boolean.TRUE.equals(bypasses) || owned == null || owned > 0) {
            throw new IllegalStateException("The application connects as '" + role + "', which is a superuser, has "
                    + "BYPASSRLS or owns the tables: row-level security would not apply. Connect as the non-owner "
                    + "application role (SPRING_DATASOURCE_USERNAME) and migrate as the owner (SPRING_FLYWAY_USER).");
        }
    }
}
