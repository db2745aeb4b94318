package nl.onderwijsregio.workspace.api;

import jakarta.validation.ConstraintViolationException;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.analysis.AnalysisConflictException;
import nl.onderwijsregio.workspace.analysis.AnalysisRuleException;
import nl.onderwijsregio.workspace.database.DatabaseOutage;
import nl.onderwijsregio.workspace.findings.FindingConflictException;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.register.RegisterConflictException;
import nl.onderwijsregio.workspace.register.RegisterNotFoundException;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns refusals of the services into problem details with a Dutch explanation. Ordered before Spring Boot's own
 * problem-details handler, so that invalid request parameters are explained in Dutch too.
 */
@RestControllerAdvice(basePackages = "nl.onderwijsregio.workspace")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "Geen toegang",
                e.getMessage() != null && !e.getMessage().startsWith("Access Denied")
                        ? e.getMessage()
                        : "Je hebt geen toegang tot dit onderdeel.");
    }

    /** The thing changed since the caller read it; nothing was overwritten. */
    @ExceptionHandler({RegisterConflictException.class, FindingConflictException.class, AnalysisConflictException.class
    })
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    /**
     * Two requests raced for something unique (a name, a number) and the database refused the second: answered as a
     * conflict, never as a 500.
     */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(RuntimeException e) {
        return problem(
                HttpStatus.CONFLICT, "Conflict", "Dit bestaat al of is intussen gewijzigd. Laad de gegevens opnieuw.");
    }

    /** A change that breaks a rule of the feature (a status step, a link, a neighbour pair). */
    @ExceptionHandler({
        RegisterRuleException.class,
        FindingRuleException.class,
        RegionRuleException.class,
        AnalysisRuleException.class
    })
    ProblemDetail rule(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ongeldige wijziging", e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", "Controleer de invoer.");
        problem.setProperty(
                "errors",
                e.getConstraintViolations().stream()
                        .map(v -> java.util.Map.of(
                                "field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", "Controleer de invoer.");
        problem.setProperty(
                "errors",
                e.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> java.util.Map.of(
                                        "field",
                                                String.valueOf(result.getMethodParameter()
                                                        .getParameterName()),
                                        "message", String.valueOf(error.getDefaultMessage()))))
                        .toList());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return InputErrors.unreadable(e);
    }

    /** An unknown register entry, or one of another region: absent for the caller. */
    @ExceptionHandler(RegisterNotFoundException.class)
    ProblemDetail registerNotFound(RegisterNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    /**
     * The database cannot be reached for a moment (a restart, a failover, the pool waiting): 503 with a Retry-After,
     * never a 500. The request's transaction did not commit. Any other database failure is a defect and stays one.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Tijdelijk niet beschikbaar",
                        "De database is even niet bereikbaar, dus dit is niet gelukt. Probeer het over enkele seconden"
                                + " opnieuw."));
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
