package org.portcullis.core.manifests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The compiler and the diff stay plain Java: only the JDK and other core packages. */
class CoreManifestsPurityTest {

    @Test
    void coreManifestsDependOnlyOnTheJdkAndTheCore() {
        classes().that().resideInAPackage("org.portcullis.core.manifests..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.portcullis.core..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.portcullis.core.manifests"));
    }
}
