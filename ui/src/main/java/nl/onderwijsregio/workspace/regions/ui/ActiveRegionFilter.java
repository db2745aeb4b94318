package nl.onderwijsregio.workspace.regions.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Makes the session's chosen region the active region for everything the request does, and nothing after it. */
@Component
class ActiveRegionFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (ActiveRegion.Scope ignored = ActiveRegion.enter(RegionChoice.storedIn(request.getSession(false)))) {
            chain.doFilter(request, response);
        }
    }
}
