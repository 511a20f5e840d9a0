package fr.education.traam.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of event data, shared by producers and consumers so that both agree byte for byte.
 * Absent optional facts are left out rather than written as null; unknown properties are ignored on
 * read so that a consumer keeps working when a producer adds a fact within the same version.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static byte[] write(TraamEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T extends TraamEvent> T read(byte[] data, Class<T> type) {
        return MAPPER.readValue(data, type);
    }

    /** The mapper itself, for schema validation of raw bodies. */
    static JsonMapper mapper() {
        return MAPPER;
    }
}
