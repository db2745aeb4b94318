package nl.onderwijsregio.workspace.database;

import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * Typed columns: a generated column with a jOOQ converter attached ({@code FINDING.KIND.convert(converter)}), as the
 * repositories keep them for the columns holding an enum's name or the vocabulary. Statements take such a field as it
 * is; a fetched record holds the stored text, which {@link #value} converts.
 */
public final class TypedColumns {

    private TypedColumns() {}

    /** The value of the typed column in a record fetched with the plain column (e.g. {@code selectFrom}). */
    public static <U> @Nullable U value(Record record, Field<U> typed) {
        return record.get(typed.getQualifiedName(), typed.getConverter());
    }
}
