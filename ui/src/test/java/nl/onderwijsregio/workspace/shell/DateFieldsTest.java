package nl.onderwijsregio.workspace.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Date pickers put the day first in both languages, and every screen makes its pickers through {@link DateFields}. */
class DateFieldsTest {

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void in_english_a_picker_uses_british_dates_and_in_dutch_the_dutch_ones() {
        UI english = new UI();
        english.setLocale(Translations.ENGLISH);
        UI.setCurrent(english);
        assertThat(DateFields.picker().getLocale()).isEqualTo(Locale.UK);
        assertThat(DateFields.picker("Datum", LocalDate.of(2026, 9, 15)).getLocale())
                .isEqualTo(Locale.UK);

        UI dutch = new UI();
        dutch.setLocale(Translations.DUTCH);
        UI.setCurrent(dutch);
        assertThat(DateFields.picker().getLocale().getLanguage()).isEqualTo("nl");
    }

    @Test
    void screens_make_date_pickers_only_through_date_fields() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(DateFields.class.getName())
                .should()
                .callConstructorWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a DatePicker constructor",
                        (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(DatePicker.class)))
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.onderwijsregio.workspace"));
    }
}
