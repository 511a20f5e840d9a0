package fr.education.traam.productions.attachment.persistence;

import fr.education.traam.productions.attachment.AttachmentFiles;
import fr.education.traam.productions.attachment.AttachmentId;
import fr.education.traam.productions.attachment.AttachmentType;
import fr.education.traam.productions.attachment.OpenedAttachment;
import fr.education.traam.productions.attachment.StoredAttachment;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The GridFS adapter on the real MongoDB wire server: bytes in several chunks, read back whole and from the middle. */
@SpringBootTest
@TraamInfrastructure(database = "traam-productions-test")
class GridFsAttachmentFilesTest {

    @Autowired
    AttachmentFiles files;

    @Test
    void keeps_bytes_over_several_chunks_with_their_description_and_reads_them_back_more_than_once() throws IOException {
        byte[] bytes = new byte[600 * 1024 + 17]; // three GridFS chunks of 255 KB
        new Random(7).nextBytes(bytes);
        String production = "production-" + UUID.randomUUID();
        StoredAttachment attachment = attachment(production, "Frise chronologique.png", bytes.length);

        files.store(attachment, new ByteArrayInputStream(bytes));

        OpenedAttachment opened = files.open(attachment.id()).orElseThrow();
        assertThat(opened.attachment()).isEqualTo(attachment);
        try (InputStream in = opened.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream in = opened.content().open()) {
            assertThat(in.skip(300_000)).isEqualTo(300_000);
            assertThat(in.readNBytes(10)).as("a range starts in the middle of the second chunk")
                    .isEqualTo(java.util.Arrays.copyOfRange(bytes, 300_000, 300_010));
        }
    }

    @Test
    void lists_a_production_s_attachments_oldest_first_and_forgets_a_deleted_one() {
        String production = "production-" + UUID.randomUUID();
        StoredAttachment first = attachment(production, "a.png", 3);
        StoredAttachment second = attachment(production, "b.png", 3);
        StoredAttachment elsewhere = attachment("production-" + UUID.randomUUID(), "c.png", 3);
        files.store(first, new ByteArrayInputStream(new byte[]{1, 2, 3}));
        files.store(second, new ByteArrayInputStream(new byte[]{4, 5, 6}));
        files.store(elsewhere, new ByteArrayInputStream(new byte[]{7, 8, 9}));

        assertThat(files.ofProduction(production)).containsExactly(first, second);

        assertThat(files.delete(first.id())).isTrue();
        assertThat(files.delete(first.id())).as("already gone").isFalse();
        assertThat(files.open(first.id())).isEmpty();
        assertThat(files.ofProduction(production)).containsExactly(second);
        assertThat(files.open(AttachmentId.random())).isEmpty();
    }

    private static StoredAttachment attachment(String production, String name, int size) {
        byte[] digest = new byte[32];
        new Random(size).nextBytes(digest);
        // Mongo keeps milliseconds; so does the description read back.
        return new StoredAttachment(AttachmentId.random(), production, name, AttachmentType.PNG, size,
                HexFormat.of().formatHex(digest), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
