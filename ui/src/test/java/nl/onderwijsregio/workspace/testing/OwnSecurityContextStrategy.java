package nl.onderwijsregio.workspace.testing;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test class and test, makes the security context holder use the strategy of that test's own
 * application context.
 *
 * <p>Every application context of the app installs its own {@code VaadinAwareSecurityContextHolderStrategy} (each
 * with its own thread-local) as the global one when it starts, and its method security keeps reading that instance.
 * Several contexts live in one test JVM (the browserless screens, the MockMvc API tests, the full-stack app), and the
 * context cache hands an older one back to a later test class: without this, {@link AsUser} would put the person
 * into the newest context's holder while the older context's services look into their own, and find nobody. Which
 * tests failed then depended on the order the classes ran in.
 */
public class OwnSecurityContextStrategy implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useOwnStrategy(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useOwnStrategy(testContext);
    }

    private static void useOwnStrategy(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
