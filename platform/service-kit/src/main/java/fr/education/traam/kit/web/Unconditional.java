package fr.education.traam.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an update handler that takes no {@link fr.education.traam.kit.domain.ExpectedVersion}, and says why: the
 * architecture rules refuse any other update that ignores {@code If-Match}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unconditional {

    /** Why no version guards this update, in a sentence. */
    String value();
}
