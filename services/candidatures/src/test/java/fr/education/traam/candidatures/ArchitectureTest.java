package fr.education.traam.candidatures;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform's architecture, by pattern, and the service's own: candidatures know neither the selection that reads
 * them nor the dedicated file that feeds them.
 */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.candidatures");
    }

    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_platform_s_architecture() {
        return ArchitectureRules.of("fr.education.traam.candidatures").tests();
    }

    @Test
    void candidatures_do_not_depend_on_the_selection_that_reads_them() {
        noClasses().that().resideInAPackage("fr.education.traam.candidatures.candidature..")
                .should().dependOnClassesThat().resideInAPackage("fr.education.traam.candidatures.selection..")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void the_selection_reads_candidatures_only_through_their_domain_and_port() {
        noClasses().that().resideInAPackage("fr.education.traam.candidatures.selection..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.education.traam.candidatures.candidature.application..",
                        "fr.education.traam.candidatures.candidature.web..", "fr.education.traam.candidatures.candidature.persistence..")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void candidatures_do_not_know_the_dedicated_file_that_feeds_them() {
        noClasses().that().resideInAPackage("fr.education.traam.candidatures.candidature..")
                .should().dependOnClassesThat().resideInAPackage("fr.education.traam.candidatures.fileimport..")
                .allowEmptyShould(false)
                .check(service);
    }
}
