package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/** Streams rows to a running COPY in PostgreSQL's text format (tab-separated, {@code \N} for null). */
public final class Rows {

    private static final int FLUSH_AT = 1 << 16;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long count;

    Rows(CopyIn copy) {
        this.copy = copy;
    }

    /** One row; values are written with {@code toString()} (dates ISO, booleans t/f), null as NULL. */
    public void row(@Nullable Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        count++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long count() {
        return count;
    }

    void flush() throws IOException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private void append(@Nullable Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String text = value instanceof Boolean b ? (b ? "t" : "f") : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }
}
