package fr.education.traam.campaigns;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays plain Java; adapters depend on it, never the other way round. */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.campaigns");
    }

    @Test
    void the_domain_depends_only_on_java_the_event_contract_and_the_kit_s_domain_types() {
        classes().that().resideInAPackage("fr.education.traam.campaigns.campaign")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fr.education.traam.campaigns.campaign",
                        "fr.education.traam.contract..", "fr.education.traam.kit.domain")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void the_domain_does_not_know_its_adapters() {
        noClasses().that().resideInAPackage("fr.education.traam.campaigns.campaign")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..application..")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void controllers_do_not_touch_persistence() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..")
                .allowEmptyShould(false)
                .check(service);
    }
}
