package fr.education.traam.dissemination;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domains stay plain Java; adapters depend on them, never the other way round. */
class ArchitectureTest {

    private static final String[] DOMAINS = {"fr.education.traam.dissemination.newsletter", "fr.education.traam.dissemination.campaign",
            "fr.education.traam.dissemination.site", "fr.education.traam.dissemination.reference",
            "fr.education.traam.dissemination.academyfeed", "fr.education.traam.dissemination.social"};

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.dissemination");
    }

    @Test
    void the_domains_depend_only_on_java_the_event_contract_and_the_kit_s_domain_types() {
        classes().that().resideInAnyPackage(DOMAINS)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "fr.education.traam.dissemination.newsletter",
                        "fr.education.traam.dissemination.campaign", "fr.education.traam.dissemination.site",
                        "fr.education.traam.dissemination.reference", "fr.education.traam.dissemination.academyfeed",
                        "fr.education.traam.dissemination.social", "fr.education.traam.contract..", "fr.education.traam.kit.domain")
                .allowEmptyShould(false)
                .check(service);
    }

    /** The rules above match the domains as a whole: this proves each one they name holds classes (a misspelt one would not). */
    @Test
    void each_domain_the_rules_name_holds_classes() {
        for (String domain : DOMAINS) {
            classes().that().resideInAPackage(domain).should().resideInAPackage(domain).allowEmptyShould(false).check(service);
        }
    }

    @Test
    void the_domains_do_not_know_their_adapters() {
        noClasses().that().resideInAnyPackage(DOMAINS)
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..application..", "..messaging..")
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

    @Test
    void consumers_only_hand_events_to_use_cases() {
        noClasses().that().resideInAPackage("..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..")
                .allowEmptyShould(false)
                .check(service);
    }
}
