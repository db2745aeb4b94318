package nl.onderwijsregio.workspace.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The servlet container's error page ({@code /error}), instead of Spring Boot's English "Whitelabel Error Page": for
 * an API address (or a client that does not ask for HTML) an RFC 9457 problem detail, otherwise a small Dutch page
 * with a way back. Opened directly, {@code /error} is simply not found. Never a stack trace or framework name.
 */
@RestController
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.NOT_FOUND.value();
        String path = code == null
                ? request.getRequestURI()
                : String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        boolean english = ProblemTexts.english(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = ProblemTexts.detail(status, english, "-");
        if (status >= 500) {
            String reference = ErrorReference.next();
            Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("Error {} ({}) on {}", reference, status, path, exception instanceof Throwable t ? t : null);
            detail = ProblemTexts.detail(status, english, reference);
        } else if (status == 400 && code != null) {
            // the firewall's refusals (an encoded slash, a NUL, "..") are the usual reason for a bare 400 here
            detail = ProblemTexts.text("detail.400", english);
        }
        if (wantsProblem(path, request.getHeader(HttpHeaders.ACCEPT))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
            problem.setTitle(ProblemTexts.title(status, english));
            problem.setInstance(safeUri(path));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page(status, english, detail));
    }

    /** An API address, or a client that does not ask for HTML, gets a problem detail. */
    static boolean wantsProblem(@Nullable String path, @Nullable String accept) {
        return path == null
                || path.equals("/api")
                || path.startsWith("/api/")
                || accept == null
                || !accept.contains("text/html");
    }

    /** A minimal page without scripts or styles from elsewhere; the Vaadin pages have their own not-found pages. */
    static String page(int status, boolean english, String detail) {
        String title = HtmlUtils.htmlEscape(ProblemTexts.title(status, english));
        return "<!DOCTYPE html><html lang=\"" + (english ? "en" : "nl") + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(ProblemTexts.text("page.start", english)) + "</a></p></main></body></html>";
    }

    private static @Nullable URI safeUri(@Nullable String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
