package fr.education.traam.productions.attachment.web;

import fr.education.traam.kit.web.Problems;
import fr.education.traam.productions.attachment.AttachmentContent;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;
import fr.education.traam.productions.attachment.OpenedAttachment;
import fr.education.traam.productions.attachment.StoredAttachment;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;

/**
 * An opened attachment as an HTTP answer, for the production's API to return from a {@code GET} handler: the sniffed
 * type with {@code nosniff}, so that no browser guesses another; {@code Content-Security-Policy: sandbox}, so that
 * even a file opened on its own runs nothing; inline for pictures, sound, video and PDF, a download otherwise, under
 * its name in RFC 6266 form; its SHA-256 as a strong ETag (Spring answers {@code If-None-Match} with 304); and a
 * {@link Resource} body that Spring serves in ranges ({@code Range: bytes=…}, 206), which a video player asks for. A
 * range Spring cannot serve it would answer 416 with the whole file for a body: that one is answered here, as the
 * problem {@code attachment-range-not-satisfiable} with {@code Content-Range: bytes *}{@code /size}.
 */
public final class AttachmentResponses {

    /** How long anyone may keep a published attachment before asking again (by its ETag): a withdrawal takes effect. */
    static final Duration PUBLIC_FRESHNESS = Duration.ofHours(1);
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

    private AttachmentResponses() {
    }

    /** The attachment of a published production: anyone, and any cache, may keep it for an hour. */
    public static ResponseEntity<?> published(OpenedAttachment opened, HttpHeaders request) {
        return answer(opened, request, CacheControl.maxAge(PUBLIC_FRESHNESS).cachePublic());
    }

    /** The attachment of a production not yet published, for its authors and reviewers: no shared cache keeps it. */
    public static ResponseEntity<?> restricted(OpenedAttachment opened, HttpHeaders request) {
        return answer(opened, request, CacheControl.noCache().cachePrivate());
    }

    private static ResponseEntity<?> answer(OpenedAttachment opened, HttpHeaders request, CacheControl caching) {
        StoredAttachment attachment = opened.attachment();
        String etag = "\"" + attachment.sha256() + "\"";
        StoredBytes body = new StoredBytes(attachment, opened.content());
        if (!satisfiable(request, etag, body)) {
            return unsatisfiable(attachment);
        }
        return ResponseEntity.ok()
                .contentType(mediaType(attachment.type()))
                .eTag(etag)
                .cacheControl(caching)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(attachment))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(body);
    }

    /**
     * Whether Spring can serve the request's {@code Range} of {@code body}, by its own rules (its syntax, at most 100
     * ranges, none starting past the end, not more bytes than the file). A matching {@code If-None-Match} comes first:
     * Spring answers it 304 whatever the range (RFC 9110, 13.2.2).
     */
    private static boolean satisfiable(HttpHeaders request, String etag, StoredBytes body) {
        String range = request.getFirst(HttpHeaders.RANGE);
        if (range == null) {
            return true;
        }
        try {
            // If-None-Match compares weakly: W/"…" matches too.
            if (request.getIfNoneMatch().stream().map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
                return true;
            }
        } catch (IllegalArgumentException unreadableIfNoneMatch) {
            // Spring does not match it either: the range decides.
        }
        try {
            HttpRange.toResourceRegions(HttpRange.parseRanges(range), body);
            return true;
        } catch (IllegalArgumentException unsatisfiable) {
            return false;
        }
    }

    private static ResponseEntity<ProblemDetail> unsatisfiable(StoredAttachment attachment) {
        ProblemDetail problem = Problems.of(AttachmentsProblems.of(AttachmentRefusal.RANGE_NOT_SATISFIABLE),
                "The Range header asks for none of the " + attachment.size() + " bytes of this attachment, or cannot be read: "
                        + "ask within bytes=0-" + (attachment.size() - 1) + ".");
        problem.setProperty("size", attachment.size());
        return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_RANGE, "bytes */" + attachment.size())
                .header("X-Content-Type-Options", "nosniff")
                .body(problem);
    }

    private static MediaType mediaType(AttachmentType type) {
        MediaType media = MediaType.parseMediaType(type.mediaType());
        return type == AttachmentType.WEBVTT ? new MediaType(media, StandardCharsets.UTF_8) : media;
    }

    /** {@code inline} or {@code attachment}, with an ASCII {@code filename} and, when the name is not ASCII, {@code filename*}. */
    static String disposition(StoredAttachment attachment) {
        boolean inline = switch (attachment.kind()) {
            case IMAGE, VIDEO, AUDIO -> true;
            case DOCUMENT -> attachment.type() == AttachmentType.PDF;
            case CAPTIONS -> false;
        };
        String name = attachment.fileName();
        String ascii = asciiFallback(name);
        String disposition = (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"";
        return ascii.equals(name) ? disposition : disposition + "; filename*=UTF-8''" + rfc5987(name);
    }

    /** The name without its accents, and with {@code _} for what ASCII or a quoted string cannot hold. */
    private static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder();
        decomposed.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187 (5987) encoding: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    private static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * The stored bytes as a resource Spring can serve whole or in ranges: its length is known without reading it, and
     * each read opens the stored file afresh.
     */
    private static final class StoredBytes extends AbstractResource {

        private final StoredAttachment attachment;
        private final AttachmentContent content;

        StoredBytes(StoredAttachment attachment, AttachmentContent content) {
            this.attachment = attachment;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return content.open();
        }

        @Override
        public long contentLength() {
            return attachment.size();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "attachment " + attachment.id();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredBytes bytes && bytes.attachment.id().equals(attachment.id());
        }

        @Override
        public int hashCode() {
            return attachment.id().hashCode();
        }
    }
}
