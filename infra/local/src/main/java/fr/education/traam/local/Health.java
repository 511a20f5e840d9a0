package fr.education.traam.local;

/**
 * What a probe saw.
 *
 * @param up          whether the component answered healthy
 * @param description what to show an operator: {@code UP}, {@code DOWN (503)}, {@code unreachable (…)}
 */
record Health(boolean up, String description) {

    static Health healthy() {
        return new Health(true, "UP");
    }

    static Health unhealthy(String description) {
        return new Health(false, description);
    }
}
