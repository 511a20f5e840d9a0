package fr.education.traam.candidatures;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays plain Java; adapters depend on it, never the other way round. */
class ArchitectureTest {

    private static final List<String> DOMAIN = List.of("fr.education.traam.candidatures.candidature",
            "fr.education.traam.candidatures.campaign", "fr.education.traam.candidatures.reference",
            "fr.education.traam.candidatures.selection", "fr.education.traam.candidatures.fileimport");

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.education.traam.candidatures");
    }

    @Test
    void the_domain_depends_only_on_java_the_event_contract_and_the_kit_s_domain_types() {
        ArchitectureRules.domainsArePlainJava(DOMAIN).check(service);
        ArchitectureRules.eachDomainHoldsClasses(service, DOMAIN);
    }

    @Test
    void the_domain_does_not_know_its_adapters() {
        ArchitectureRules.domainsDoNotKnowTheirAdapters(DOMAIN, "..spreadsheet..").check(service);
    }

    @Test
    void what_candidatures_know_of_campaigns_does_not_depend_on_candidatures() {
        noClasses().that().resideInAPackage("fr.education.traam.candidatures.campaign..")
                .should().dependOnClassesThat().resideInAPackage("fr.education.traam.candidatures.candidature..")
                .allowEmptyShould(false)
                .check(service);
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

    @Test
    void controllers_and_consumers_do_not_touch_persistence() {
        ArchitectureRules.controllersAndConsumersDoNotTouchPersistence().check(service);
    }
}
