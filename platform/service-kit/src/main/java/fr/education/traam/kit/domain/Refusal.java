package fr.education.traam.kit.domain;

/**
 * A kind of refusal, named in the words of the domain that refuses ({@code CAPACITY_REACHED}, {@code CALL_NOT_OPEN},
 * {@code OTHER_ACADEMY}), implemented by one enum per feature. The domain knows nothing of HTTP: each service's
 * problem catalogue gives every refusal its stable problem type, title and status.
 */
public interface Refusal {

    /** The refusal's constant name; enums provide it. */
    String name();
}
