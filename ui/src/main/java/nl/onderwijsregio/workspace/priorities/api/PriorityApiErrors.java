package nl.onderwijsregio.workspace.priorities.api;

import nl.onderwijsregio.workspace.priorities.PriorityConflictException;
import nl.onderwijsregio.workspace.priorities.PriorityNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A priority change that cannot be applied (changed meanwhile, unknown priority or source) as 409 with Dutch text. */
@RestControllerAdvice(basePackageClasses = PriorityApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PriorityApiErrors {

    /** An unknown priority, or one of another region: absent for the caller. */
    @ExceptionHandler(PriorityNotFoundException.class)
    ProblemDetail notFound(PriorityNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    @ExceptionHandler(PriorityConflictException.class)
    ProblemDetail conflict(PriorityConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
