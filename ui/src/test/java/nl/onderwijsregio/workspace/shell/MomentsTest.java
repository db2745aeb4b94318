package nl.onderwijsregio.workspace.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date and one date-time format per language, in Dutch local time, and no screen formats time by itself. */
class MomentsTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void a_moment_read_in_utc_is_shown_in_amsterdam_time_winter_and_summer() {
        assertThat(Moments.dateTime(OffsetDateTime.parse("2026-12-01T09:09:00Z"), NL))
                .isEqualTo("1 dec 2026, 10:09");
        assertThat(Moments.dateTime(OffsetDateTime.parse("2026-07-01T09:09:00Z"), NL))
                .isEqualTo("1 jul 2026, 11:09");
        assertThat(Moments.dateTime(Instant.parse("2026-12-01T09:09:00Z"), Locale.ENGLISH))
                .isEqualTo("1 Dec 2026, 10:09");
    }

    @Test
    void the_date_of_a_moment_is_the_dutch_calendar_day() {
        assertThat(Moments.date(OffsetDateTime.parse("2026-11-30T23:30:00Z"), NL))
                .as("half past midnight in Amsterdam")
                .isEqualTo("1 dec 2026");
        assertThat(Moments.date(LocalDate.of(2026, 3, 5), NL)).isEqualTo("5 mrt 2026");
        assertThat(Moments.date(LocalDate.of(2026, 3, 5), Locale.ENGLISH)).isEqualTo("5 Mar 2026");
        assertThat(Moments.month(LocalDate.of(2026, 5, 1), NL)).isEqualTo("mei 2026");
        assertThat(Moments.date((LocalDate) null, NL)).isEmpty();
    }

    @Test
    void screens_format_time_only_through_moments() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Moments.class.getName())
                .should()
                .dependOnClassesThat()
                .areAssignableTo(DateTimeFormatter.class)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(location -> !location.contains("/testing/"))
                        .importPackages("nl.onderwijsregio.workspace")
                        .that(com.tngtech.archunit.base.DescribedPredicate.describe(
                                "in the ui module",
                                c -> c.getSource()
                                        .map(s -> s.getUri().toString().contains("/ui/target/classes/"))
                                        .orElse(false))));
    }
}
