package fr.education.traam.campaigns;

import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The platform's architecture, by pattern: every package of the service is covered the day it appears. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_platform_s_architecture() {
        return ArchitectureRules.of("fr.education.traam.campaigns").tests();
    }
}
