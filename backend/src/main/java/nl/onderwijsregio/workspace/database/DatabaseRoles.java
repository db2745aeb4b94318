package nl.onderwijsregio.workspace.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates, once, the owner role, the non-owner application role and the database on a server we administer, and sets
 * the two roles' passwords (at every start: the stored passwords are the truth).
 */
record DatabaseRoles(DataSource superuser) {

    void ensure(String database, String owner, String ownerPassword, String appRole, String appPassword)
            throws SQLException {
        try (Connection c = superuser.getConnection();
                Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", owner)) {
                s.execute("create role " + identifier(owner) + " login");
            }
            if (!exists(c, "select 1 from pg_roles where rolname = ?", appRole)) {
                // No superuser, no BYPASSRLS, owns nothing: row-level security always applies to it.
                s.execute("create role " + identifier(appRole)
                        + " login nosuperuser nobypassrls nocreatedb nocreaterole");
            }
            s.execute("alter role " + identifier(owner) + " password " + literal(ownerPassword));
            s.execute("alter role " + identifier(appRole) + " password " + literal(appPassword));
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database " + identifier(database) + " owner " + identifier(owner));
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + name);
        }
        return name;
    }
}
