package fr.education.traam.productions.attachment.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The attachments' bound: {@code max-size} bytes at most, counted as the upload is read (a Content-Length is not
 * trusted); {@code spring.servlet.multipart.max-file-size} says the same and {@code max-request-size} leaves room for
 * the multipart envelope (application.yml).
 */
@ConfigurationProperties("traam.productions.attachments")
public record AttachmentsProperties(@DefaultValue("50MB") DataSize maxSize) {

    public AttachmentsProperties {
        if (maxSize.toBytes() <= 0 || maxSize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("traam.productions.attachments.max-size is between 1 byte and 2 GB");
        }
    }
}
