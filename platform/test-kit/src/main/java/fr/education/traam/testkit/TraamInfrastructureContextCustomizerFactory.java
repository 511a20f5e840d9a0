package fr.education.traam.testkit;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in {@code META-INF/spring.factories}; acts only on test classes that carry {@link TraamInfrastructure}. */
public final class TraamInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        // Looks through meta-annotations, superclasses and enclosing classes of @Nested tests alike.
        TraamInfrastructure annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, TraamInfrastructure.class);
        return annotation == null ? null : new TraamInfrastructureContextCustomizer(annotation.database());
    }
}
