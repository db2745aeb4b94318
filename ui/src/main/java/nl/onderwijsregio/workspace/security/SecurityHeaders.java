package nl.onderwijsregio.workspace.security;

import java.net.URI;
import org.apache.catalina.connector.Response;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every response, on both filter chains (the static resources pass the Vaadin chain; the
 * servlet container's own error reports add {@link #writeMinimal the minimal set} themselves).
 *
 * <p>The Content-Security-Policy of the Vaadin pages is as strict as Vaadin Flow 25.2 allows:
 *
 * <ul>
 *   <li>{@code script-src 'self' 'unsafe-inline' 'unsafe-eval'}: the bootstrap page starts the Flow client engine with
 *       an inline script, and the engine runs the JavaScript the server sends ({@code executeJs}, e.g. the charts, and
 *       event data expressions) by constructing functions from it. Vaadin documents both as required; a nonce-based
 *       strict policy needs Flow 25.4 (a nonce alone would not remove {@code 'unsafe-eval'}). No script from another
 *       origin: the chart library is served by the app itself (a webjar).
 *   <li>{@code style-src 'self' 'unsafe-inline'}: the Lumo theme and the components inject {@code <style>} elements and
 *       style attributes at run time.
 *   <li>{@code img-src 'self' data: blob:}, {@code font-src 'self' data:}: icons and fonts of the theme are inlined as
 *       data URLs; charts export images as blobs.
 *   <li>{@code connect-src 'self'}: the UIDL requests and push (and, in development, the live-reload web socket)
 *       go to the app only.
 *   <li>{@code form-action 'self' <Keycloak>}: the login and the logout end at Keycloak, and browsers check the
 *       redirect after a form post against this list.
 *   <li>{@code frame-ancestors 'none'}, {@code object-src 'none'}, {@code base-uri 'self'}: no framing (clickjacking),
 *       no plug-ins, no {@code <base>} tricks.
 * </ul>
 *
 * <p>The API answers JSON and CSV: nothing in it may run, load or be framed ({@code default-src 'none'}); only its
 * Swagger UI (same-origin scripts, inline styles, data-URL images) gets a policy like the pages'.
 */
final class SecurityHeaders {

    /** Features the workspace never uses. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String API_DOCUMENTATION_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** The policy of the Vaadin pages, with the origin of the identity provider in {@code form-action}. */
    static String pagePolicy(String issuer) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + origin(issuer)
                + "; frame-ancestors 'none'";
    }

    static void pages(HttpSecurity http, String issuer, boolean https) throws Exception {
        http.headers(headers ->
                common(headers, https).contentSecurityPolicy(csp -> csp.policyDirectives(pagePolicy(issuer))));
    }

    /** The Swagger UI's pages and their scripts and styles (the OpenAPI JSON itself gets the API's policy). */
    static final String[] API_DOCUMENTATION_PAGES = {"/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**"};

    static void api(HttpSecurity http, boolean https) throws Exception {
        RequestMatcher docs = new OrRequestMatcher(java.util.Arrays.stream(API_DOCUMENTATION_PAGES)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        RequestMatcher rest = request -> !docs.matches(request);
        http.headers(headers -> common(headers, https)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        docs, new StaticHeadersWriter("Content-Security-Policy", API_DOCUMENTATION_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        rest, new StaticHeadersWriter("Content-Security-Policy", API_POLICY))));
    }

    /**
     * nosniff, no framing, the referrer only as an origin to other sites, no powerful features, and HSTS when the app
     * runs behind HTTPS (secure cookies or production mode): TLS often ends at a proxy, so every response carries it.
     */
    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers, boolean https) {
        headers.contentTypeOptions(options -> {})
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
        if (https) {
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(31_536_000)
                    .includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(hsts -> hsts.disable());
        }
        return headers;
    }

    /** The servlet container's own error reports (before any filter): no sniffing, running, loading or framing. */
    static void writeMinimal(Response response) {
        response.setHeader("Content-Security-Policy", API_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }

    private static String origin(String issuer) {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
