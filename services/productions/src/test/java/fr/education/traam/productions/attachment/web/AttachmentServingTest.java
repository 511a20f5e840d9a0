package fr.education.traam.productions.attachment.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.productions.production.web.LyonGroupOverHttp;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.ProblemAssertions;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import static fr.education.traam.productions.attachment.AttachmentSamples.namesThePupil;
import static fr.education.traam.productions.attachment.AttachmentSamples.pngWithMetadata;
import static fr.education.traam.productions.production.web.LyonGroupOverHttp.etag;
import static fr.education.traam.productions.production.web.LyonGroupOverHttp.id;
import static fr.education.traam.productions.production.web.LyonGroupOverHttp.lastAttachmentId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published production's picture as browsers and players get it, over real HTTP: its sniffed type, headers that keep
 * a browser from guessing or running anything, a strong ETag, byte ranges; and nothing of it before publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-productions-test")
class AttachmentServingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Teams teams;
    @Autowired
    MemberIdentities identities;

    @Test
    void a_published_picture_is_served_typed_sandboxed_with_a_strong_etag_and_in_ranges_and_not_before_publication() throws Exception {
        LyonGroupOverHttp lyon = new LyonGroupOverHttp(port, campaigns, teams, identities);
        HttpResponse<String> drafted = lyon.drafted("Une frise des séances");
        String id = id(drafted);
        HttpResponse<String> attached = lyon.attach(id, etag(drafted), "frise de Zoé.jpg", pngWithMetadata());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        String attachmentId = lastAttachmentId(attached);
        String publicPath = "/productions/" + id + "/attachments/" + attachmentId;

        ProblemAssertions.assertProblem(lyon.api.get(publicPath, null), 404, "production-not-found");
        HttpResponse<byte[]> forItsAuthor = get("/api/productions/" + id + "/attachments/" + attachmentId, "Authorization", lyon.teacher);
        assertThat(forItsAuthor.statusCode()).isEqualTo(200);
        assertThat(forItsAuthor.headers().firstValue("Cache-Control")).as("no shared cache keeps a draft's file")
                .hasValueSatisfying(c -> assertThat(c).contains("private").contains("no-cache"));

        lyon.published(id, lyon.described(id, attachmentId, attached));
        HttpResponse<byte[]> whole = get(publicPath);

        assertThat(whole.statusCode()).isEqualTo(200);
        byte[] served = whole.body();
        assertThat(Arrays.copyOf(served, 8)).as("a PNG").isEqualTo(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(namesThePupil(served)).as("served as stored: stripped").isFalse();
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(whole.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
        assertThat(whole.headers().firstValue("Content-Disposition")).as("inline, its name ending with its sniffed type")
                .hasValue("inline; filename=\"frise de Zoe.png\"; filename*=UTF-8''frise%20de%20Zo%C3%A9.png");
        String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served)) + "\"";
        assertThat(whole.headers().firstValue("ETag")).as("strong: the SHA-256 of the bytes served").hasValue(etag);
        assertThat(whole.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("public").contains("max-age=3600"));
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        HttpResponse<byte[]> unchanged = get(publicPath, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        HttpResponse<byte[]> first = get(publicPath, "Range", "bytes=0-9");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + served.length);
        assertThat(first.body()).isEqualTo(Arrays.copyOf(served, 10));

        HttpResponse<String> beyond = lyon.api.send("GET", publicPath, null, null, Map.of("Range", "bytes=" + served.length + "-"));
        JsonNode unsatisfiable = ProblemAssertions.assertProblem(beyond, 416, "attachment-range-not-satisfiable");
        assertThat(unsatisfiable.get("size").asLong()).isEqualTo(served.length);
        assertThat(beyond.headers().firstValue("Content-Range")).as("the size it may ask within").hasValue("bytes */" + served.length);
        assertThat(beyond.body()).as("not the file under a 416").doesNotContain("PNG");
        assertThat(get(publicPath, "Range", "bytes=" + served.length + "-", "If-None-Match", "W/" + etag).statusCode())
                .as("an unchanged file is unchanged, whatever the range (If-None-Match compares weakly)").isEqualTo(304);
    }

    /** A GET with the headers given as name, value…: anonymous unless one is an Authorization. */
    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new ApiClient(port).uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
