package nl.onderwijsregio.workspace.api;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.messages.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Problem details (Dutch, or English on request) for an unreadable JSON body, naming the field it failed on. */
final class InputErrors {

    private InputErrors() {}

    /** The problem detail for a body that could not be read, naming the field where possible. */
    static ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Texts.text("problem.unreadable", locale));
        problem.setTitle(Texts.text("problem.title.invalid", locale));
        JacksonException cause = jacksonCause(e);
        if (cause == null || cause instanceof StreamReadException) {
            return problem;
        }
        String field = cause.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (field.isEmpty()) {
            return problem;
        }
        problem.setProperty("field", field);
        if (cause instanceof StrictJson.RefusedValue) {
            problem.setDetail(Texts.text(
                    "problem.unreadable.refused", locale, field, Texts.text(cause.getOriginalMessage(), locale)));
        } else if (cause instanceof UnrecognizedPropertyException) {
            problem.setDetail(Texts.text("problem.unreadable.unknown-field", locale, field));
        } else if (cause instanceof InvalidFormatException) {
            problem.setDetail(Texts.text("problem.unreadable.invalid-value", locale, field));
        } else {
            problem.setDetail(Texts.text("problem.unreadable.wrong-kind", locale, field));
        }
        return problem;
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }
}
