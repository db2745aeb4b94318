package nl.onderwijsregio.workspace.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details for API requests refused by security (401, 403). */
@Component
class ProblemResponses {

    private final JsonMapper json = JsonMapper.builder().build();

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"onderwijsregio\"");
        write(request, response, HttpStatus.UNAUTHORIZED);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN);
    }

    /**
     * The token could not be checked because the login service's signing keys could not be fetched (Keycloak down or
     * slow, before this instance cached its keys): 503 with a Retry-After, not a 500 and not a 401 (the token may be
     * fine).
     */
    void loginServiceUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "login.unavailable");
    }

    /** In Dutch, or in English when the client prefers it. */
    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        write(request, response, status, null);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
            throws IOException {
        boolean english = ProblemTexts.english(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                detailKey == null
                        ? ProblemTexts.detail(status.value(), english)
                        : ProblemTexts.text("detail." + detailKey, english));
        problem.setTitle(ProblemTexts.title(status.value(), english));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
