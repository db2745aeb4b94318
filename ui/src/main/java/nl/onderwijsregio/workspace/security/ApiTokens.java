package nl.onderwijsregio.workspace.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.onderwijsregio.workspace.messages.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.stereotype.Component;

/**
 * Validates API bearer tokens: signature (the realm's keys), issuer, expiry and the workspace audience. The realm's
 * keys are fetched at the first token, again after {@link #KEYS_FRESH} and at once for a token signed with a key not
 * seen yet (a rotated key); while Keycloak cannot be reached the keys last fetched stay in use for up to
 * {@link #KEYS_THROUGH_OUTAGE}, so API clients keep working through a Keycloak restart or outage.
 */
@Component
class ApiTokens {

    /** How long fetched keys are used before they are fetched again (Nimbus's default). */
    static final Duration KEYS_FRESH = Duration.ofMinutes(5);
    /** How long the keys last fetched stay in use while fetching them again fails. */
    static final Duration KEYS_THROUGH_OUTAGE = Duration.ofHours(24);

    private static final int KEYS_TIMEOUT_MS = 3_000;
    private static final int KEYS_SIZE_LIMIT = 512 * 1024;

    private final SecuritySettings settings;
    private final Clock clock;

    ApiTokens(SecuritySettings settings, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    JwtDecoder decoder() {
        return decoder(KEYS_FRESH, KEYS_THROUGH_OUTAGE);
    }

    JwtDecoder decoder(Duration keysFresh, Duration keysThroughOutage) {
        String issuer = settings.effectiveIssuer();
        // Keys are fetched lazily at the first request, so the app starts without Keycloak.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(
                        keys(issuer + "/protocol/openid-connect/certs", keysFresh, keysThroughOutage))
                .build();
        OAuth2TokenValidator<Jwt> audience =
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(settings.audience())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", Texts.dutch("security.token.wrong-audience"), null));
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setClock(clock);
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(List.of(expiry, new JwtIssuerValidator(issuer), audience)));
        return decoder;
    }

    private static JWKSource<SecurityContext> keys(String certs, Duration fresh, Duration throughOutage) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(
                            URI.create(certs).toURL(),
                            new DefaultResourceRetriever(KEYS_TIMEOUT_MS, KEYS_TIMEOUT_MS, KEYS_SIZE_LIMIT))
                    .cache(fresh.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                    .refreshAheadCache(false)
                    // as Spring Security's own decoder: a token with a new key fetches the keys at once
                    .rateLimited(false)
                    .outageTolerant(throughOutage.toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a URL for the realm's keys: " + certs, e);
        }
    }

    JwtAuthenticationConverter converter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix(Role.AUTHORITY_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }
}
