package fr.education.traam.campaigns;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The domain stays plain Java; adapters depend on it, never the other way round. */
class ArchitectureTest {

    private static final List<String> DOMAIN = List.of("fr.education.traam.campaigns.campaign");

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.campaigns");
    }

    @Test
    void the_domain_depends_only_on_java_the_event_contract_and_the_kit_s_domain_types() {
        ArchitectureRules.domainsArePlainJava(DOMAIN).check(service);
    }

    @Test
    void the_domain_does_not_know_its_adapters() {
        ArchitectureRules.domainsDoNotKnowTheirAdapters(DOMAIN).check(service);
    }

    @Test
    void controllers_do_not_touch_persistence() {
        ArchitectureRules.controllersAndConsumersDoNotTouchPersistence().check(service);
    }
}
