package nl.onderwijsregio.workspace.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import jakarta.servlet.Filter;
import java.util.List;
import nl.onderwijsregio.workspace.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of API tests through the real security chain, interceptors and controllers on the real database, signed in
 * with a JWT of the realm's shape (no Keycloak needed).
 */
@SpringBootTest
public abstract class MockMvcApiTest {

    @Autowired
    private WebApplicationContext context;

    protected MockMvc mvc;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @BeforeEach
    void mockMvc() {
        mvc = mockMvc(context);
    }

    /**
     * MockMvc on {@code context} through the security chain and the application's own filters; also for tests that
     * do not run on JUnit Jupiter (the jqwik properties), which get the context from Spring's test context cache.
     */
    protected static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(applicationFilters(context))
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** The application's own servlet filters (e.g. the API's input limits), in their order: MockMvc adds none. */
    private static Filter[] applicationFilters(WebApplicationContext context) {
        return context.getBeansOfType(Filter.class).values().stream()
                .filter(filter -> filter.getClass().getPackageName().startsWith("nl.onderwijsregio.workspace"))
                .sorted(AnnotationAwareOrderComparator.INSTANCE)
                .toArray(Filter[]::new);
    }

    /** The request signed in as {@code username} with {@code role} in {@code regions}, as the realm issues it. */
    protected static MockHttpServletRequestBuilder as(
            String username, Role role, List<String> regions, MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.claim("preferred_username", username)
                        .claim("name", "Test " + username)
                        .claim("roles", List.of(role.claim()))
                        .claim("regions", regions))
                .authorities(new SimpleGrantedAuthority(role.authority())));
    }
}
