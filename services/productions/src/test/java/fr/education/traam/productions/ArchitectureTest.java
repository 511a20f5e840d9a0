package fr.education.traam.productions;

import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_platform_s_architecture() {
        return ArchitectureRules.of("fr.education.traam.productions").tests();
    }
}
