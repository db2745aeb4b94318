package nl.onderwijsregio.workspace.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the workspace database: the application's non-owner role and the embedded server.
 *
 * @param appRole  the login role the application connects as (granted rights by the migrations)
 * @param embedded where the embedded PostgreSQL keeps its data, used when no external database is configured
 */
@ConfigurationProperties("workspace.database")
public record DatabaseProperties(
        @DefaultValue("workspace_app") String appRole,
        @DefaultValue Embedded embedded) {

    /**
     * The embedded PostgreSQL.
     *
     * @param dataDir data folder; empty means a temporary folder that is wiped on every start (tests)
     * @param port    TCP port on localhost; 0 picks a free one
     */
    public record Embedded(
            @DefaultValue("data/postgres") String dataDir,
            @DefaultValue("0") int port) {}
}
