package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Date pickers that read and show a date the way the rest of the workspace does, day before month: in English as
 * 15/9/2026 (British), not the American 9/15/2026 that the plain English locale gives; in Dutch as 15-9-2026.
 */
public final class DateFields {

    /** English with the day first. */
    static final Locale ENGLISH_DATES = Locale.UK;

    private DateFields() {}

    public static DatePicker picker() {
        return localised(new DatePicker());
    }

    public static DatePicker picker(String label, LocalDate value) {
        return localised(new DatePicker(label, value));
    }

    static DatePicker localised(DatePicker picker) {
        UI ui = UI.getCurrent();
        if (ui != null
                && Translations.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage())) {
            picker.setLocale(ENGLISH_DATES);
        }
        return picker;
    }
}
