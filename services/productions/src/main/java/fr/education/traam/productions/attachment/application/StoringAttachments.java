package fr.education.traam.productions.attachment.application;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentFileName;
import fr.education.traam.productions.attachment.AttachmentFiles;
import fr.education.traam.productions.attachment.AttachmentId;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;
import fr.education.traam.productions.attachment.OpenedAttachment;
import fr.education.traam.productions.attachment.StoredAttachment;
import fr.education.traam.productions.attachment.content.ContentSniffer;
import fr.education.traam.productions.attachment.content.Stripping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * The door the production's API goes through for its attachments: a file is read up to the bound, its type sniffed
 * from its bytes, its metadata stripped, and only then stored; an attachment is opened only by the production it
 * belongs to (whether it may be shown — published, or to its authors — is the production's to say).
 */
@Service
public class StoringAttachments {

    private final AttachmentFiles files;
    private final AttachmentsProperties properties;
    private final Stripping stripping;
    private final Clock clock;

    @Autowired
    public StoringAttachments(AttachmentFiles files, AttachmentsProperties properties) {
        this(files, properties, Clock.systemUTC());
    }

    StoringAttachments(AttachmentFiles files, AttachmentsProperties properties, Clock clock) {
        this.files = files;
        this.properties = properties;
        this.stripping = Stripping.with(new PdfMetadata());
        this.clock = clock;
    }

    /**
     * Stores the file a client sent for {@code productionId} under a sanitised {@code fileName}.
     *
     * @throws Refused     {@code EMPTY}, {@code TOO_LARGE}, {@code TYPE_NOT_ACCEPTED} or {@code UNREADABLE}
     * @throws IOException when the stream fails (the client went away, or the service's body limit refused it), as is
     */
    public StoredAttachment store(String productionId, String fileName, InputStream content) throws IOException {
        byte[] sent = bounded(content);
        if (sent.length == 0) {
            throw new Refused(AttachmentRefusal.EMPTY, "The file is empty.");
        }
        AttachmentType type = ContentSniffer.typeOf(sent);
        byte[] stripped = stripping.strip(type, sent);
        StoredAttachment attachment = new StoredAttachment(AttachmentId.random(), productionId, AttachmentFileName.of(fileName, type),
                type, stripped.length, sha256(stripped), clock.instant());
        files.store(attachment, new ByteArrayInputStream(stripped));
        return attachment;
    }

    /** The attachment {@code id} of {@code productionId}, or {@code ATTACHMENT_NOT_FOUND} (another production's too). */
    public OpenedAttachment open(String productionId, AttachmentId id) {
        return files.open(id).filter(opened -> opened.attachment().productionId().equals(productionId))
                .orElseThrow(() -> notFound(id));
    }

    public List<StoredAttachment> ofProduction(String productionId) {
        return files.ofProduction(productionId);
    }

    /** Forgets the attachment {@code id} of {@code productionId}, or {@code ATTACHMENT_NOT_FOUND}. */
    public void delete(String productionId, AttachmentId id) {
        open(productionId, id);
        if (!files.delete(id)) {
            throw notFound(id);
        }
    }

    /** The whole stream, refused as soon as it passes the bound: what the client announced is not believed. */
    private byte[] bounded(InputStream content) throws IOException {
        long max = properties.maxSize().toBytes();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
            if (read.size() + (long) n > max) {
                throw new Refused(AttachmentRefusal.TOO_LARGE, "The file is larger than the " + readable(max)
                        + " an attachment may have.").with("maxSize", max);
            }
            read.write(buffer, 0, n);
        }
        return read.toByteArray();
    }

    private static String readable(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Refused notFound(AttachmentId id) {
        return new Refused(AttachmentRefusal.ATTACHMENT_NOT_FOUND, "No attachment " + id + " for this production.");
    }
}
