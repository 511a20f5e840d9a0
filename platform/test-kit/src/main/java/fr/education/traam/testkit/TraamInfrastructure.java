package fr.education.traam.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a {@code @SpringBootTest} at the Kafka broker and MongoDB shared by every test in the JVM, and at the
 * public key of {@link TestInfrastructure#tokens()}. Sets {@code spring.kafka.bootstrap-servers},
 * {@code spring.cloud.stream.kafka.binder.brokers}, {@code spring.mongodb.uri},
 * {@code traam.security.jwt.public-key-location} and {@code traam.security.jwt.issuer}.
 * May also sit on an enclosing class or on a composed annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface TraamInfrastructure {

    /** The MongoDB database the application under test uses. */
    String database() default "traam-test";
}
