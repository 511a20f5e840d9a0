package fr.education.traam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraamInfrastructureContextCustomizerFactoryTest {

    private final TraamInfrastructureContextCustomizerFactory factory = new TraamInfrastructureContextCustomizerFactory();

    @TraamInfrastructure
    static class FirstAnnotated {
    }

    @TraamInfrastructure
    static class SecondAnnotated {
    }

    @TraamInfrastructure(database = "groups-test")
    static class OtherDatabase {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @TraamInfrastructure
    @interface ServiceIntegrationTest {
    }

    @ServiceIntegrationTest
    static class MetaAnnotated {
    }

    static class NotAnnotated {
    }

    @Test
    void classes_asking_for_the_same_database_get_equal_customizers_so_contexts_are_cached() {
        assertThat(factory.createContextCustomizer(FirstAnnotated.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(SecondAnnotated.class, List.of()))
                .hasSameHashCodeAs(factory.createContextCustomizer(SecondAnnotated.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(MetaAnnotated.class, List.of()))
                .isNotEqualTo(factory.createContextCustomizer(OtherDatabase.class, List.of()));
    }

    @Test
    void a_class_without_the_annotation_is_left_alone() {
        assertThat(factory.createContextCustomizer(NotAnnotated.class, List.of())).isNull();
    }
}
