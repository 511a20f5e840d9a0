package fr.education.traam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * What the test classes with the default {@code @TraamInfrastructure} saw. Each class records and checks, so that
 * whichever runs second, in whatever order, proves the broker and the application context were reused.
 */
final class SharedByTestClasses {

    private static final Set<String> BOOTSTRAP_SERVERS = ConcurrentHashMap.newKeySet();
    private static final Set<ApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

    private SharedByTestClasses() {
    }

    static void assertSameAsEveryOtherClass(ApplicationContext context, Environment environment) {
        BOOTSTRAP_SERVERS.add(environment.getProperty("spring.kafka.bootstrap-servers"));
        CONTEXTS.add(context);

        assertThat(BOOTSTRAP_SERVERS).containsExactly(TestInfrastructure.bootstrapServers());
        assertThat(CONTEXTS).hasSize(1);
    }
}
