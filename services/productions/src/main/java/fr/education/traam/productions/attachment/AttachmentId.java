package fr.education.traam.productions.attachment;

import fr.education.traam.kit.domain.Refused;

import java.util.UUID;
import java.util.regex.Pattern;

/** An attachment's id: {@code attachment-} and a random UUID, checked wherever a client names one (a path variable). */
public record AttachmentId(String value) {

    private static final Pattern FORM = Pattern.compile("attachment-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public AttachmentId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refused.invalid("attachmentId", "an attachment id is 'attachment-' followed by a UUID");
        }
    }

    public static AttachmentId random() {
        return new AttachmentId("attachment-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
