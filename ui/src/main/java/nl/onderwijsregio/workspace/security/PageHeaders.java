package nl.onderwijsregio.workspace.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The security headers on Vaadin's bootstrap page. Vaadin writes that page after resetting the response, which drops
 * the headers Spring Security wrote before; UIDL requests, static resources and everything else keep those.
 */
@Component
class PageHeaders implements VaadinServiceInitListener {

    private final String policy;
    private final boolean https;

    PageHeaders(SecuritySettings settings, Environment environment) {
        this.policy = SecurityHeaders.pagePolicy(settings.effectiveIssuer());
        this.https = WebSecurityConfiguration.behindHttps(environment);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> write(page.getVaadinResponse()));
    }

    private void write(VaadinResponse response) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
