package fr.education.traam.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose successful answer carries an {@code ETag}, so that the OpenAPI document says so; on a GET, a
 * matching {@code If-None-Match} is answered {@code 304} (Spring does it for a {@code ResponseEntity} with an ETag). A
 * handler taking an {@link fr.education.traam.kit.domain.ExpectedVersion} is documented as honouring {@code If-Match}
 * whether or not it is marked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ETagged {

    /**
     * Whether a GET answers a matching {@code If-None-Match} with 304. False for a view that also shows what other
     * aggregates hold: its ETag names the version an update is asked of, not every byte, so it must not validate a
     * cached copy; the handler then sets the header on the servlet response, which Spring does not compare.
     */
    boolean notModified() default true;
}
