package nl.onderwijsregio.workspace.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The app refuses connections that row-level security would not apply to. */
@SpringBootTest(classes = BackendTestApplication.class)
class ApplicationRoleCheckTest extends DatabaseTest {

    @Autowired
    DataSource appDataSource;

    @Autowired(required = false)
    EmbeddedServer embedded;

    @Test
    void the_application_role_passes() {
        assertThatCode(() -> new ApplicationRoleCheck(appDataSource).verify()).doesNotThrowAnyException();
    }

    @Test
    void a_superuser_or_the_owner_is_refused() {
        org.junit.jupiter.api.Assumptions.assumeTrue(embedded != null, "needs the embedded server's superuser");
        assertThatThrownBy(() -> new ApplicationRoleCheck(embedded.superuser()).verify())
                .hasMessageContaining("row-level security would not apply");
        var owner = new SingleConnectionDataSource(
                embedded.jdbcUrl("workspace"),
                "workspace_owner",
                embedded.credentials().owner(),
                true);
        assertThatThrownBy(() -> new ApplicationRoleCheck(owner).verify()).hasMessageContaining("owns the tables");
        owner.destroy();
    }
}
