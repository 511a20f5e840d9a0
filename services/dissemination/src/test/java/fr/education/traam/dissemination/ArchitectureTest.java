package fr.education.traam.dissemination;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The domains stay plain Java; adapters depend on them, never the other way round. */
class ArchitectureTest {

    private static final List<String> DOMAINS = List.of("fr.education.traam.dissemination.newsletter",
            "fr.education.traam.dissemination.campaign", "fr.education.traam.dissemination.site",
            "fr.education.traam.dissemination.reference", "fr.education.traam.dissemination.academyfeed",
            "fr.education.traam.dissemination.social");

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.dissemination");
    }

    @Test
    void the_domains_depend_only_on_java_the_event_contract_and_the_kit_s_domain_types() {
        // Webhook signatures are part of the domain: HMAC comes from javax.crypto.
        ArchitectureRules.domainsArePlainJava(DOMAINS, "javax.crypto..").check(service);
    }

    /** The rules above match the domains as a whole: this proves each one they name holds classes (a misspelt one would not). */
    @Test
    void each_domain_the_rules_name_holds_classes() {
        ArchitectureRules.eachDomainHoldsClasses(service, DOMAINS);
    }

    @Test
    void the_domains_do_not_know_their_adapters() {
        ArchitectureRules.domainsDoNotKnowTheirAdapters(DOMAINS).check(service);
    }

    @Test
    void controllers_and_consumers_do_not_touch_persistence() {
        ArchitectureRules.controllersAndConsumersDoNotTouchPersistence().check(service);
    }
}
