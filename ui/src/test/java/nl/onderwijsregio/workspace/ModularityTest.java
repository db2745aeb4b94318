package nl.onderwijsregio.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: features as Spring Modulith modules without cycles; screens and controllers never touch SQL. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.onderwijsregio.workspace");

    @Test
    void features_are_modules_without_cycles_or_access_to_each_others_internals() {
        ApplicationModules.of(WorkspaceApplication.class).verify();
    }

    @Test
    void screens_never_touch_jooq_or_the_generated_schema() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .or()
                .resideInAPackage("..shell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "nl.onderwijsregio.db..")
                .check(CLASSES);
    }

    @Test
    void rest_controllers_never_touch_jooq_or_the_generated_schema() {
        noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "nl.onderwijsregio.db..")
                .check(CLASSES);
    }

    @Test
    void services_never_touch_jooq_only_repositories_do() {
        noClasses()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Service.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "nl.onderwijsregio.db..")
                .check(CLASSES);
    }

    @Test
    void sectors_and_themes_come_from_the_shared_vocabulary_only() {
        noClasses()
                .that()
                .areEnums()
                .and()
                .resideOutsideOfPackage("nl.onderwijsregio.workspace.themes")
                .should()
                .haveSimpleNameContaining("Sector")
                .orShould()
                .haveSimpleNameContaining("Theme")
                .check(CLASSES);
    }
}
