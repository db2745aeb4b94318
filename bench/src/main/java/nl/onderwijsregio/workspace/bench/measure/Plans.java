package nl.onderwijsregio.workspace.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plans ({@code explain analyze}) of every operation's floor and no-RLS statements for one sample. */
public final class Plans {

    private Plans() {}

    /** Writes the plans to {@code file} and returns it. */
    public static Path write(Connection appRole, Connection superuser, Sample sample, Path file)
            throws SQLException, IOException {
        StringBuilder text = new StringBuilder("Sample: region " + sample.region() + ", user " + sample.user() + "\n");
        for (Operation operation : Operations.all()) {
            text.append("\n#### ").append(operation.name()).append(" — floor (application role, RLS)\n");
            explain(
                    appRole,
                    operation.national() ? OperationRunner.NATIONAL : sample.region(),
                    sample.user(),
                    operation.floor(sample),
                    text);
            List<Sql> withoutRls = operation.withoutRls(sample);
            if (!withoutRls.isEmpty()) {
                text.append("\n#### ").append(operation.name()).append(" — no-RLS (superuser)\n");
                explain(superuser, null, null, withoutRls, text);
            }
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static void explain(
            Connection c, @Nullable String region, @Nullable String user, List<Sql> statements, StringBuilder text)
            throws SQLException {
        for (Sql sql : statements) {
            text.append("\n-- ")
                    .append(sql.text())
                    .append("\n-- ")
                    .append(sql.parameters())
                    .append('\n');
            List<String> lines = OperationRunner.explain(
                    c, region, user, new Sql("explain (analyze, buffers, costs off) " + sql.text(), sql.parameters()));
            lines.forEach(line -> text.append(line).append('\n'));
        }
    }
}
