package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/** Shows a service's validation messages at the form fields they are about (matched by property name). */
public final class FieldErrors {

    private FieldErrors() {}

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void show(ConstraintViolationException e, Map<String, ? extends HasValidation> fields) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            HasValidation field = fields.get(path.substring(path.lastIndexOf('.') + 1));
            if (field != null) {
                field.setErrorMessage(Translations.explain(violation, Translations.current()));
                field.setInvalid(true);
            }
        }
    }
}
