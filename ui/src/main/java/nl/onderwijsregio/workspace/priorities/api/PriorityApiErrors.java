package nl.onderwijsregio.workspace.priorities.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.onderwijsregio.workspace.messages.Texts;
import nl.onderwijsregio.workspace.priorities.PriorityConflictException;
import nl.onderwijsregio.workspace.priorities.PriorityNotFoundException;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A priority change that cannot be applied (changed meanwhile, unknown priority or source) as 409, explained in the client's language. */
@RestControllerAdvice(basePackageClasses = PriorityApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PriorityApiErrors {

    /** An unknown priority, or one of another region: absent for the caller. */
    @ExceptionHandler(PriorityNotFoundException.class)
    ProblemDetail notFound(PriorityNotFoundException e, HttpServletRequest request) {
        Locale locale = ProblemTexts.locale(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ProblemTexts.explain(e, locale));
        problem.setTitle(Texts.text("problem.title.404", locale));
        return problem;
    }

    @ExceptionHandler(PriorityConflictException.class)
    ProblemDetail conflict(PriorityConflictException e, HttpServletRequest request) {
        Locale locale = ProblemTexts.locale(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ProblemTexts.explain(e, locale));
        problem.setTitle(Texts.text("problem.title.409", locale));
        return problem;
    }
}
