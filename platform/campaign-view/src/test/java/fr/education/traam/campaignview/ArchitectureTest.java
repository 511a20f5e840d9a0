package fr.education.traam.campaignview;

import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The library keeps the services' architecture: its view is plain Java, its adapters around it. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> the_library_keeps_the_platform_s_architecture() {
        return ArchitectureRules.of("fr.education.traam.campaignview").tests();
    }
}
