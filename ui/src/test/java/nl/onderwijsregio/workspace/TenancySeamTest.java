package nl.onderwijsregio.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import nl.onderwijsregio.workspace.tenancy.EntryPointRegion;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenancy seam is the one way into a region: only {@code tenancy} sets the scope and runs transactions by hand,
 * the API binds a region in one place, a browser tab keeps its own, and repositories only run inside a transaction.
 */
class TenancySeamTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Shared test fixtures (the backend's test jar) act as the API would: not part of the product.
            .withImportOption(location -> !location.contains("/testing/"))
            .importPackages("nl.onderwijsregio.workspace");

    @Test
    void only_tenancy_runs_transactions_by_hand() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..tenancy..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(TransactionTemplate.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(PlatformTransactionManager.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(TransactionSynchronizationManager.class)
                .check(CLASSES);
    }

    @Test
    void only_the_api_entry_point_binds_a_region_for_a_request() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..tenancy..")
                .and()
                .doNotHaveFullyQualifiedName("nl.onderwijsregio.workspace.security.ApiRegion")
                .should()
                .callMethod(Tenancy.class, "bind", String.class)
                .check(CLASSES);
    }

    @Test
    void screens_and_controllers_never_choose_a_region_themselves() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..", "..shell..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Tenancy.class)
                .check(CLASSES);
    }

    @Test
    void only_the_browser_tab_keeps_a_region_of_its_own() {
        classes()
                .that()
                .implement(EntryPointRegion.class)
                .should()
                .haveFullyQualifiedName("nl.onderwijsregio.workspace.regions.ui.TabRegion")
                .check(CLASSES);
    }

    @Test
    void repositories_are_only_called_inside_a_transaction() {
        classes()
                .that()
                .areNotAnnotatedWith(Repository.class)
                .should(callRepositoriesOnlyInsideATransaction())
                .check(CLASSES);
    }

    /** From a {@code @Transactional} method or class, or a class that runs its work through {@link Tenancy}. */
    private static ArchCondition<JavaClass> callRepositoriesOnlyInsideATransaction() {
        return new ArchCondition<>("call repositories only inside a transaction") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                boolean ownsTransactionsThroughSeam = origin.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(Tenancy.class));
                for (JavaCall<?> call : origin.getMethodCallsFromSelf()) {
                    JavaClass target = call.getTargetOwner();
                    if (!target.isAnnotatedWith(Repository.class) || target.equals(origin)) {
                        continue;
                    }
                    JavaCodeUnit from = call.getOrigin();
                    boolean transactional = from.isAnnotatedWith(Transactional.class)
                            || origin.isAnnotatedWith(Transactional.class)
                            || ownsTransactionsThroughSeam;
                    if (!transactional) {
                        events.add(SimpleConditionEvent.violated(
                                call, call.getDescription() + " outside a @Transactional method or the tenancy seam"));
                    }
                }
            }
        };
    }
}
