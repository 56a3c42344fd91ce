package org.portcullis.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The arrows of DESIGN.md: ui → services → persistence, integrations; the policy core imports only the JDK. */
class LayeringTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.portcullis");
    }

    @Test
    void policyCoreDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("org.portcullis.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.portcullis.core..")
                .check(portal);
    }

    @Test
    void persistenceAndIntegrationsNeverReachUp() {
        noClasses().that().resideInAnyPackage("org.portcullis.persistence..", "org.portcullis.integrations..")
                .should().dependOnClassesThat().resideInAnyPackage("org.portcullis.ui..",
                        "org.portcullis.requests..", "org.portcullis.inventory..", "org.portcullis.security..",
                        "org.portcullis.audit..", "org.portcullis.manifests..", "org.portcullis.sync..")
                .check(portal);
    }

    @Test
    void servicesNeverReachTheUi() {
        noClasses().that().resideOutsideOfPackage("org.portcullis.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.portcullis.ui..")
                .check(portal);
    }

    @Test
    void uiTouchesNeitherEntityManagersNorKeycloakNorEntities() {
        noClasses().that().resideInAPackage("org.portcullis.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.keycloak..",
                        "org.portcullis.persistence..", "org.portcullis.integrations..", "org.eclipse.jgit..")
                .check(portal);
    }
}
