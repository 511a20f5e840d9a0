package fr.education.traam.identity;

import fr.education.traam.testkit.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The platform's architecture rules (docs/testing.md): the accounts are plain Java, Spring stays in config and web. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> the_provider_keeps_the_platform_s_architecture() {
        // No application layer: the provider's use cases (log in, issue, refresh, revoke) are Spring Authorization
        // Server's own, so the rule about application services would match nothing and fail for that alone.
        return ArchitectureRules.of("fr.education.traam.identity").tests()
                .filter(test -> !test.getDisplayName().startsWith("application services"));
    }
}
