package fr.education.traam.productions.attachment.application;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.productions.production.web.LyonGroupOverHttp;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static fr.education.traam.productions.attachment.AttachmentSamples.ascii;
import static fr.education.traam.productions.attachment.AttachmentSamples.docxParts;
import static fr.education.traam.productions.attachment.AttachmentSamples.zip;
import static fr.education.traam.productions.production.web.LyonGroupOverHttp.attachments;
import static fr.education.traam.productions.production.web.LyonGroupOverHttp.etag;
import static fr.education.traam.productions.production.web.LyonGroupOverHttp.id;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the door of the attachments refuses over real HTTP, its bound made small ({@value #BOUND} bytes) so that the
 * files stay small: a byte over it, and office documents with macros whatever they are called.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "traam.productions.attachments.max-size=" + StoringAttachmentsTest.BOUND + "B")
@TraamInfrastructure(database = "traam-productions-test")
class StoringAttachmentsTest {

    static final int BOUND = 2048;

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Teams teams;
    @Autowired
    MemberIdentities identities;

    LyonGroupOverHttp lyon;
    HttpResponse<String> drafted;

    @BeforeEach
    void aDraft() {
        lyon = new LyonGroupOverHttp(port, campaigns, teams, identities);
        drafted = lyon.drafted("Sous-titrer sa capsule");
    }

    @Test
    void a_file_one_byte_over_the_bound_is_refused_413_and_one_at_the_bound_is_stored() {
        String id = id(drafted);

        JsonNode tooLarge = assertProblem(lyon.attach(id, etag(drafted), "capsule.vtt", captionsOf(BOUND + 1)), 413,
                "attachment-too-large");
        assertThat(tooLarge.get("maxSize").asLong()).isEqualTo(BOUND);
        HttpResponse<String> atTheBound = lyon.attach(id, etag(drafted), "capsule.vtt", captionsOf(BOUND));

        assertThat(atTheBound.statusCode()).as(atTheBound.body()).isEqualTo(201);
        JsonNode attachments = attachments(atTheBound);
        assertThat(attachments.size()).as("the refused file was not kept").isEqualTo(1);
        assertThat(attachments.get(0).get("contentType").asString()).startsWith("text/vtt");
    }

    @Test
    void a_document_carrying_macros_is_refused_415_under_a_name_that_hides_them() {
        Map<String, byte[]> docm = docxParts();
        docm.put("word/vbaProject.bin", ascii("\u00d0\u00cf\u0011\u00e0 Sub AutoOpen()"));

        assertProblem(lyon.attach(id(drafted), etag(drafted), "rapport.docx", zip(docm)), 415, "attachment-type-not-accepted");
    }

    /** WebVTT captions of exactly {@code size} bytes, their one cue as long as it takes. */
    private static byte[] captionsOf(int size) {
        String head = "WEBVTT\n\n00:00.000 --> 00:04.000\n";
        byte[] captions = (head + "a".repeat(size - head.length() - 1) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(captions).hasSize(size);
        return captions;
    }
}
