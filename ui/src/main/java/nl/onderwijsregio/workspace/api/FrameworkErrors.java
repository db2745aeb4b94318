package nl.onderwijsregio.workspace.api;

import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors Spring MVC itself raises (missing or mistyped parameter, unsupported media type, method not allowed, no
 * such address, body too large, …) as problem details in Dutch, or in English when the client prefers it. Replaces
 * Spring Boot's own problem-details handler, whose details are English framework text ("Failed to convert…").
 * Ordered last, so the features' own handlers ({@link ApiErrors} and others) come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkErrors extends ResponseEntityExceptionHandler {

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean english = ProblemTexts.english(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(ProblemTexts.title(status.value(), english));
        problem.setDetail(ProblemTexts.detail(status.value(), english, "-"));
        switch (ex) {
            case MissingServletRequestParameterException missing ->
                invalid(
                        problem,
                        ProblemTexts.text("detail.missing-parameter", english, missing.getParameterName()),
                        english);
            case MethodArgumentTypeMismatchException mismatch ->
                invalid(problem, ProblemTexts.text("detail.invalid-parameter", english, mismatch.getName()), english);
            case TypeMismatchException mismatch ->
                invalid(
                        problem,
                        ProblemTexts.text(
                                "detail.invalid-parameter", english, String.valueOf(mismatch.getPropertyName())),
                        english);
            case MissingRequestHeaderException missing ->
                invalid(problem, ProblemTexts.text("detail.missing-header", english, missing.getHeaderName()), english);
            case MissingServletRequestPartException missing ->
                invalid(
                        problem,
                        ProblemTexts.text("detail.missing-part", english, missing.getRequestPartName()),
                        english);
            case MethodArgumentNotValidException invalid -> {
                invalid(problem, ProblemTexts.text("detail.invalid", english), english);
                problem.setProperty(
                        "errors",
                        invalid.getBindingResult().getFieldErrors().stream()
                                .map(error -> Map.of(
                                        "field", error.getField(),
                                        "message", String.valueOf(error.getDefaultMessage())))
                                .toList());
            }
            case HttpRequestMethodNotSupportedException method ->
                problem.setDetail(ProblemTexts.text(
                        "detail.405",
                        english,
                        method.getMethod(),
                        method.getSupportedHttpMethods() == null
                                ? "-"
                                : method.getSupportedHttpMethods().stream()
                                        .map(Object::toString)
                                        .collect(Collectors.joining(", "))));
            case HttpMediaTypeNotSupportedException media ->
                problem.setDetail(ProblemTexts.text(
                        "detail.415",
                        english,
                        media.getContentType() == null
                                ? "-"
                                : media.getContentType().toString(),
                        media.getSupportedMediaTypes().isEmpty()
                                ? MediaType.APPLICATION_JSON_VALUE
                                : media.getSupportedMediaTypes().stream()
                                        .map(MediaType::toString)
                                        .collect(Collectors.joining(", "))));
            default -> {
                if (status.value() == 500) {
                    // the details of an unexpected error go to the log, never to the client
                    String reference = ErrorReference.next();
                    logger.error("Unexpected error " + reference + " in the API", ex);
                    problem.setDetail(ProblemTexts.detail(500, english, reference));
                }
            }
        }
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static void invalid(ProblemDetail problem, String detail, boolean english) {
        problem.setTitle(ProblemTexts.text("title.invalid", english));
        problem.setDetail(detail);
    }
}
