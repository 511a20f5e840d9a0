package fr.education.traam.groups;

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

class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.groups");
    }

    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_platform_s_architecture() {
        return ArchitectureRules.of("fr.education.traam.groups").tests();
    }

    @Test
    void people_do_not_know_the_groups_they_sit_in() {
        noClasses().that().resideInAPackage("fr.education.traam.groups.person..")
                .should().dependOnClassesThat().resideInAPackage("fr.education.traam.groups.group..")
                .allowEmptyShould(false)
                .check(service);
    }
}
