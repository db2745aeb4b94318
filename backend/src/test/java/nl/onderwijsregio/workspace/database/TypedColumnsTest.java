package nl.onderwijsregio.workspace.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every typed column (a generated column with an enum converter, kept as a constant by a repository) round-trips: each
 * enum value is stored as text that reads back as the same value, the column's check constraint allows exactly the
 * stored forms of the enum's values, and what the database holds in a column without one reads as a value.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class TypedColumnsTest extends DatabaseTest {

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'::text");

    @Autowired
    DSLContext db;

    @Autowired
    Tenancy tenancy;

    @Test
    void every_enum_value_round_trips_through_its_column_and_the_database_allows_exactly_those() throws Exception {
        List<TypedColumn> columns = typedColumns();
        assertThat(columns)
                .extracting(TypedColumn::name)
                .as("the scan finds the repositories' typed columns")
                .contains(
                        "finding.kind",
                        "finding.visibility",
                        "finding.theme",
                        "finding.sectors",
                        "priority.status",
                        "priority.theme",
                        "priority.sub_theme",
                        "register_entry.status",
                        "register_entry.holder_kind",
                        "register_entry.agreement_type",
                        "register_event.to_status",
                        "region.kind",
                        "catalogue_entry.theme",
                        "catalogue_entry.sectors",
                        "data_partner.access");
        for (TypedColumn column : columns) {
            Set<String> stored = new TreeSet<>();
            for (Object value : column.values()) {
                Object text = column.converter().to(column.wrap(value));
                assertThat(column.converter().from(text))
                        .as(column.name() + ": " + value)
                        .isEqualTo(column.wrap(value));
                stored.add(column.unwrap(text));
            }
            Set<String> allowed = allowedByCheckConstraints(column);
            if (!allowed.isEmpty()) {
                assertThat(allowed)
                        .as(column.name() + ": the check constraint and the enum")
                        .isEqualTo(stored);
            }
            for (String value : valuesInTheDatabase(column)) {
                assertThat(stored).as(column.name() + ": stored value " + value).contains(value);
            }
        }
    }

    /** The literals of the check constraints on this column alone (e.g. {@code kind in ('A', 'B')}). */
    private Set<String> allowedByCheckConstraints(TypedColumn column) {
        Set<String> literals = new TreeSet<>();
        tenancy.withoutRegion(() -> db.fetch("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                  join pg_class t on t.oid = c.conrelid
                  join pg_attribute a on a.attrelid = t.oid and a.attnum = c.conkey[1]
                 where c.contype = 'c' and cardinality(c.conkey) = 1 and t.relname = ? and a.attname = ?
                """, column.table(), column.column()))
                .forEach(r -> {
                    Matcher m = LITERAL.matcher(r.get(0, String.class));
                    while (m.find()) {
                        literals.add(m.group(1).replace("''", "'"));
                    }
                });
        return literals;
    }

    /** What the rows this test may read hold in the column (the catalogue, demo regions; tenant rows as allowed). */
    private Set<String> valuesInTheDatabase(TypedColumn column) {
        String select = column.array() ? "select distinct unnest(%s) from %s" : "select distinct %s from %s";
        Set<String> values = new HashSet<>();
        tenancy.withoutRegion(() -> db.fetch(select.formatted(column.column(), column.table())))
                .forEach(r -> {
                    if (r.get(0) != null) {
                        values.add(r.get(0, String.class));
                    }
                });
        return values;
    }

    private static List<TypedColumn> typedColumns() throws Exception {
        List<TypedColumn> columns = new ArrayList<>();
        for (var javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.onderwijsregio.workspace")) {
            for (var declared : Class.forName(javaClass.getName()).getDeclaredFields()) {
                if (Modifier.isStatic(declared.getModifiers()) && Field.class.isAssignableFrom(declared.getType())) {
                    declared.setAccessible(true);
                    Field<?> field = (Field<?>) declared.get(null);
                    Class<?> type = field.getType().isArray() ? field.getType().getComponentType() : field.getType();
                    if (type.isEnum() && field.getQualifiedName().getName().length == 2) {
                        columns.add(new TypedColumn(field, type));
                    }
                }
            }
        }
        return columns;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private record TypedColumn(Field<?> field, Class<?> enumType) {

        Name qualified() {
            return field.getQualifiedName();
        }

        String table() {
            return qualified().getName()[0];
        }

        String column() {
            return qualified().getName()[1];
        }

        String name() {
            return table() + "." + column();
        }

        boolean array() {
            return field.getType().isArray();
        }

        List<?> values() {
            return Arrays.asList(enumType.getEnumConstants());
        }

        Converter<Object, Object> converter() {
            return (Converter) field.getConverter();
        }

        /** One value as the field holds it: the value itself, or an array of just it. */
        Object wrap(Object value) {
            if (!array()) {
                return value;
            }
            Object[] one = (Object[]) java.lang.reflect.Array.newInstance(enumType, 1);
            one[0] = value;
            return one;
        }

        String unwrap(Object stored) {
            return array() ? (String) ((Object[]) stored)[0] : (String) stored;
        }
    }
}
