package fr.education.traam.candidatures;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays plain Java; adapters depend on it, never the other way round. */
class ArchitectureTest {

    private static final String[] DOMAIN = {"fr.education.traam.candidatures.candidature",
            "fr.education.traam.candidatures.campaign", "fr.education.traam.candidatures.reference"};

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.candidatures");
    }

    @Test
    void the_domain_depends_only_on_java_the_event_contract_and_the_kit_s_domain_types() {
        classes().that().resideInAnyPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fr.education.traam.candidatures.candidature",
                        "fr.education.traam.candidatures.campaign", "fr.education.traam.candidatures.reference",
                        "fr.education.traam.contract..", "fr.education.traam.kit.domain")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void the_domain_does_not_know_its_adapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..application..", "..messaging..")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void what_candidatures_know_of_campaigns_does_not_depend_on_candidatures() {
        noClasses().that().resideInAPackage("fr.education.traam.candidatures.campaign..")
                .should().dependOnClassesThat().resideInAPackage("fr.education.traam.candidatures.candidature..")
                .allowEmptyShould(false)
                .check(service);
    }

    @Test
    void controllers_and_consumers_do_not_touch_persistence() {
        noClasses().that().resideInAnyPackage("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..")
                .allowEmptyShould(false)
                .check(service);
    }
}
