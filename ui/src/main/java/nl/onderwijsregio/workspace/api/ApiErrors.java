package nl.onderwijsregio.workspace.api;

import static nl.onderwijsregio.workspace.messages.Texts.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.analysis.AnalysisConflictException;
import nl.onderwijsregio.workspace.analysis.AnalysisRuleException;
import nl.onderwijsregio.workspace.database.DatabaseOutage;
import nl.onderwijsregio.workspace.findings.FindingConflictException;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.messages.Explained;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.register.RegisterConflictException;
import nl.onderwijsregio.workspace.register.RegisterNotFoundException;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.security.ProblemTexts;
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
 * Turns refusals of the services into problem details, explained in Dutch, or in English for {@code Accept-Language:
 * en} (the refusal's message key resolved in that language). Ordered before Spring Boot's own problem-details
 * handler, so that invalid request parameters are explained the same way.
 */
@RestControllerAdvice(basePackages = "nl.onderwijsregio.workspace")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                HttpStatus.FORBIDDEN,
                text("problem.title.403", locale),
                e instanceof Explained explained
                        ? explained.explanation().text(locale)
                        : text("problem.detail.403", locale));
    }

    /** The thing changed since the caller read it; nothing was overwritten. */
    @ExceptionHandler({RegisterConflictException.class, FindingConflictException.class, AnalysisConflictException.class
    })
    ProblemDetail conflict(RuntimeException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.CONFLICT, text("problem.title.409", locale), explain(e, locale));
    }

    /**
     * Two requests raced for something unique (a name, a number) and the database refused the second: answered as a
     * conflict, never as a 500.
     */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(RuntimeException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                HttpStatus.CONFLICT, text("problem.title.409", locale), text("problem.detail.duplicate", locale));
    }

    /** A change that breaks a rule of the feature (a status step, a link, a neighbour pair). */
    @ExceptionHandler({
        RegisterRuleException.class,
        FindingRuleException.class,
        RegionRuleException.class,
        AnalysisRuleException.class
    })
    ProblemDetail rule(RuntimeException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, text("problem.title.rule", locale), explain(e, locale));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = invalidInput(request);
        problem.setProperty(
                "errors",
                e.getConstraintViolations().stream()
                        .map(v -> java.util.Map.of(
                                "field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        ProblemDetail problem = invalidInput(request);
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
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return InputErrors.unreadable(e, locale(request));
    }

    /** An unknown register entry, or one of another region: absent for the caller. */
    @ExceptionHandler(RegisterNotFoundException.class)
    ProblemDetail registerNotFound(RegisterNotFoundException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.NOT_FOUND, text("problem.title.404", locale), explain(e, locale));
    }

    /**
     * The database cannot be reached for a moment (a restart, a failover, the pool waiting): 503 with a Retry-After,
     * never a 500. The request's transaction did not commit. Any other database failure is a defect and stays one.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletRequest request) {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        Locale locale = locale(request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        text("problem.title.503", locale),
                        text("problem.detail.database-unavailable", locale)));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.NOT_FOUND, text("problem.title.404", locale), explain(e, locale));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail invalidInput(HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(
                HttpStatus.BAD_REQUEST, text("problem.title.invalid", locale), text("problem.detail.invalid", locale));
    }

    /** Dutch unless the client prefers English ({@code Accept-Language}), as every problem detail of the API. */
    static Locale locale(HttpServletRequest request) {
        return ProblemTexts.locale(request.getHeader("Accept-Language"));
    }

    /** A refusal's reason in the client's language; a framework's own message as it is. */
    private static String explain(RuntimeException e, Locale locale) {
        return ProblemTexts.explain(e, locale);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
