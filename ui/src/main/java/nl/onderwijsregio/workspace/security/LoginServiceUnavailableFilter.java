package nl.onderwijsregio.workspace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the API's bearer-token check: when the check itself fails because the login service cannot be reached
 * (Spring Security rethrows that as {@link AuthenticationServiceException}), the caller gets a Dutch 503 problem
 * detail instead of a 500. Bad tokens stay 401; they never reach this.
 */
class LoginServiceUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginServiceUnavailableFilter.class);

    private final ProblemResponses problems;

    LoginServiceUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.warn("Token not checked, the login service is unreachable: {}", e.getMessage());
            response.resetBuffer();
            problems.loginServiceUnavailable(request, response);
        }
    }
}
