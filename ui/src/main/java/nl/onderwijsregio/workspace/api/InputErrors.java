package nl.onderwijsregio.workspace.api;

import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Dutch problem details for an unreadable JSON body, naming the field it failed on. */
final class InputErrors {

    private InputErrors() {}

    /** The problem detail for a body that could not be read, naming the field where possible. */
    static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "De gegevens konden niet worden gelezen. Controleer of het geldige JSON is met de juiste veldnamen, "
                        + "waarden en datums (jjjj-mm-dd).");
        problem.setTitle("Ongeldige invoer");
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
            problem.setDetail(
                    "De gegevens konden niet worden gelezen: het veld '" + field + "' " + cause.getOriginalMessage());
        } else if (cause instanceof UnrecognizedPropertyException) {
            problem.setDetail("De gegevens konden niet worden gelezen: het veld '" + field
                    + "' is onbekend; laat het weg of controleer de schrijfwijze.");
        } else if (cause instanceof InvalidFormatException) {
            problem.setDetail(
                    "De gegevens konden niet worden gelezen: het veld '" + field + "' heeft een ongeldige waarde.");
        } else {
            problem.setDetail("De gegevens konden niet worden gelezen: het veld '" + field
                    + "' heeft een waarde van de verkeerde soort of ontbreekt.");
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
