package nl.onderwijsregio.workspace.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Two filter chains: the REST API as a stateless OAuth2 resource server (JWT bearer; only its OpenAPI description,
 * Swagger UI and the catalogue's DCAT feed are public), and the Vaadin UI with OIDC login at Keycloak. Startup never contacts Keycloak: the
 * client registration is built from the issuer by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class WebSecurityConfiguration {

    static final String REGISTRATION = "keycloak";
    /** The API's OpenAPI description and Swagger UI (springdoc, see application.properties): readable without token. */
    static final String[] API_DOCUMENTATION = {
        "/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**"
    };

    /** The catalogue's DCAT feed: public, for harvesters such as data.overheid.nl (issue 18). */
    static final String[] PUBLIC_CATALOGUE = {"/api/v1/catalogue/dcat"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, Environment environment)
            throws Exception {
        http.securityMatcher("/api/**");
        SecurityHeaders.api(http, behindHttps(environment));
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, API_DOCUMENTATION)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_CATALOGUE)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_CATALOGUE)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens.converter()))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .addFilterBefore(
                        new LoginServiceUnavailableFilter(problems),
                        org.springframework.security.oauth2.server.resource.web.authentication
                                .BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            SecuritySettings settings,
            Environment environment,
            BackChannelLogout backChannel,
            EndedLogins ended,
            Clock clock,
            ClientRegistrationRepository registrations)
            throws Exception {
        SecurityHeaders.pages(http, settings.effectiveIssuer(), behindHttps(environment));
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/error", "/actuator/health/**", "/actuator/info", "/styles.css")
                        .permitAll()
                        // the chart library (public, static JavaScript from a webjar)
                        .requestMatchers(HttpMethod.GET, "/webjars/echarts/**")
                        .permitAll());
        // Every other address goes to Vaadin, whose router decides: a screen's own access rules (login, role), else
        // the Dutch not-found page. Vaadin's default here (deny all) showed a signed-in person who mistyped an
        // address an English 403 page. The only controllers are under /api, which has its own chain.
        http.with(
                vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/" + SecuritySettings.LANDING_ROUTE, "{baseUrl}/")
                        .anyRequest(url -> url.permitAll()));
        http.oauth2Login(login -> login.failureUrl("/" + SecuritySettings.LANDING_ROUTE + "?fout")
                .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(new KeycloakLanguage(registrations))));
        // Keycloak ends a login session (an administrator, a logout elsewhere): every instance ends its app sessions.
        http.oidcLogout(logout -> logout.backChannel(back -> back.logoutHandler(backChannel)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(BackChannelLogout.PATH));
        http.addFilterBefore(new EndedLoginFilter(ended, clock), AuthorizationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /** HTTPS ends at the app or at its proxy: secure cookies (required in production mode) say so. */
    static boolean behindHttps(Environment environment) {
        return environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)
                || environment.getProperty("workspace.production", Boolean.class, false);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(SecuritySettings settings) {
        String issuer = settings.effectiveIssuer();
        String oidc = issuer + "/protocol/openid-connect";
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.effectiveSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName("preferred_username")
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }
}
