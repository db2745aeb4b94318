package nl.onderwijsregio.workspace.security;

import java.time.Clock;
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

/** Validates API bearer tokens: signature (the realm's keys), issuer, expiry and the workspace audience. */
@Component
class ApiTokens {

    private final SecuritySettings settings;
    private final Clock clock;

    ApiTokens(SecuritySettings settings, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    JwtDecoder decoder() {
        String issuer = settings.effectiveIssuer();
        // Keys are fetched lazily at the first request, so the app starts without Keycloak.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
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
