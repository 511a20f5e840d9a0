package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.UserText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

import java.util.Optional;

/**
 * Every string of a request body, in {@link UserText}'s one form, or refused where it stands: one rule for every
 * field a client fills, rather than a check in each domain that someone forgets. Lengths stay each field's own.
 */
class UserTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = UserText.normalised(super.deserialize(parser, context));
        Optional<String> fault = UserText.fault(text);
        if (fault.isPresent()) {
            throw new UnacceptableText(parser, fault.get());
        }
        return text;
    }

    /** A string the platform will not store; its reason is ours, safe to show (Jackson's own messages are not). */
    static final class UnacceptableText extends DatabindException {

        private final String reason;

        UnacceptableText(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
