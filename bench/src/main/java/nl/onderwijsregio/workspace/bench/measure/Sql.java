package nl.onderwijsregio.workspace.bench.measure;

import java.util.Arrays;
import java.util.List;

/** One SQL statement with its parameters; a {@code String[]} parameter is bound as a {@code text[]}. */
public record Sql(String text, List<Object> parameters) {

    public static Sql of(String text, Object... parameters) {
        return new Sql(text, Arrays.asList(parameters));
    }
}
