package nl.onderwijsregio.workspace.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The machine a run was measured on, for the results. */
public record Machine(int cores, String cpu, double ramGb, String jdk, String os, String postgresql) {

    static Machine describe(Connection db) throws SQLException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String version;
        try (Statement s = db.createStatement();
                var rs = s.executeQuery("show server_version")) {
            rs.next();
            version = rs.getString(1);
        }
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                Math.round(os.getTotalMemorySize() / 1e8) / 10.0,
                System.getProperty("java.vendor") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "PostgreSQL " + version + " (embedded, zonky)");
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
