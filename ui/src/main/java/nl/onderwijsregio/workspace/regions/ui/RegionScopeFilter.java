package nl.onderwijsregio.workspace.regions.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security: makes the signed-in person's chosen region the active region for everything the
 * request does in the web UI, and nothing after it. The API sets its region per call from the path instead.
 */
@Component
class RegionScopeFilter extends OncePerRequestFilter {

    private final RegionChoice choice;

    RegionScopeFilter(RegionChoice choice) {
        this.choice = choice;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String region = session == null ? null : choice.resolveFor(session);
        try (ActiveRegion.Scope ignored = ActiveRegion.enter(region)) {
            chain.doFilter(request, response);
        }
    }
}
