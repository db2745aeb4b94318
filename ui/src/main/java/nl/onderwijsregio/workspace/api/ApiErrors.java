package nl.onderwijsregio.workspace.api;

import jakarta.validation.ConstraintViolationException;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refusals of the services into problem details with a Dutch explanation. */
@RestControllerAdvice(basePackages = "nl.onderwijsregio.workspace")
class ApiErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Geen toegang",
                e.getMessage() != null && !e.getMessage().startsWith("Access Denied") ? e.getMessage()
                        : "Je hebt geen toegang tot dit onderdeel.");
    }

    @ExceptionHandler(RegionRuleException.class)
    ProblemDetail rule(RegionRuleException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ongeldige wijziging", e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", "Controleer de invoer.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> java.util.Map.of("field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
