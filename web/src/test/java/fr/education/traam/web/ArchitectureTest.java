package fr.education.traam.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Web is no service (ADR 36), and only its API client speaks HTTP to the platform. */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.education.traam.web");

    @Test
    void web_uses_neither_the_service_kit_nor_kafka_nor_mongodb() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fr.education.traam.kit..", "org.apache.kafka..",
                "org.springframework.kafka..", "org.springframework.cloud.stream..", "org.springframework.data.mongodb..", "com.mongodb..")
                .allowEmptyShould(false).check(WEB);
    }

    @Test
    void only_the_api_client_calls_the_platform_over_http() {
        noClasses().that().resideOutsideOfPackage("fr.education.traam.web.api..").should().dependOnClassesThat()
                .belongToAnyOf(RestClient.class).allowEmptyShould(false).check(WEB);
        // And the rule has something to hold: the client does use it.
        classes().that().resideInAPackage("fr.education.traam.web.api..").and().haveSimpleName("PlatformApi")
                .should().dependOnClassesThat().belongToAnyOf(RestClient.class).allowEmptyShould(false).check(WEB);
    }
}
