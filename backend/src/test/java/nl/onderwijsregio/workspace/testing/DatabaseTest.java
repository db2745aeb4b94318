package nl.onderwijsregio.workspace.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base class of Spring tests that need the real database. */
public abstract class DatabaseTest {

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
    }
}
