package fr.education.traam.dissemination.newsletter.web;

import fr.education.traam.dissemination.newsletter.Edition;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.NewsletterRefusal;
import fr.education.traam.dissemination.newsletter.application.EditingEditions;
import fr.education.traam.dissemination.newsletter.web.EditionLineRequests.Note;
import fr.education.traam.dissemination.newsletter.web.EditionLineRequests.Order;
import fr.education.traam.dissemination.newsletter.web.EditionLineRequests.Spotlight;
import fr.education.traam.dissemination.newsletter.web.EditionLineViews.DraftView;
import fr.education.traam.dissemination.newsletter.web.EditionLineViews.EditionSummary;
import fr.education.traam.dissemination.newsletter.web.EditionLineViews.LineView;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * ÉduNum edition lines: anyone reads the lines, their feeds and their editions' pages; editors review a line's
 * draft and publish it. Feeds and pages carry an {@code ETag} and a {@code Last-Modified}, and Spring answers a
 * matching {@code If-None-Match} or {@code If-Modified-Since} with 304, so feed readers polling often cost little.
 * A line and its draft carry the line's version as {@code ETag}; every change to the draft takes it in
 * {@code If-Match} (optional) and answers the new one.
 */
@RestController
@RequestMapping("/api/dissemination/edition-lines")
@Tag(name = "ÉduNum", description = "Edition lines, their drafts, editions and public feeds")
class EditionLineController {

    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final EditingEditions editing;
    private final Feeds feeds;
    private final EditionPage page;

    EditionLineController(EditingEditions editing, Feeds feeds, EditionPage page) {
        this.editing = editing;
        this.feeds = feeds;
        this.page = page;
    }

    @GetMapping
    @Operation(summary = "List the edition lines, disciplines first, with their editions and feeds (public)")
    List<LineView> list() {
        return editing.lines().stream().map(line -> LineView.of(line, feeds)).toList();
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "Read one edition line with its editions and feeds (public)")
    ResponseEntity<LineView> read(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(LineView.of(line, feeds));
    }

    @ETagged
    @GetMapping(value = "/{id}/feed.atom", produces = Feeds.ATOM)
    @Operation(summary = "The line's latest editions as an Atom 1.0 feed (public; conditional GET answers 304)")
    ResponseEntity<String> atom(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return cacheable(line, feeds.atom(line), Feeds.ATOM);
    }

    @ETagged
    @GetMapping(value = "/{id}/feed.rss", produces = Feeds.RSS)
    @Operation(summary = "The line's latest editions as an RSS 2.0 feed (public; conditional GET answers 304)")
    ResponseEntity<String> rss(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return cacheable(line, feeds.rss(line), Feeds.RSS);
    }

    @ETagged
    @GetMapping(value = "/{id}/feed.json", produces = Feeds.JSON_FEED)
    @Operation(summary = "The line's latest editions as a JSON Feed 1.1 (public; conditional GET answers 304)")
    ResponseEntity<String> json(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return cacheable(line, feeds.jsonFeed(line), Feeds.JSON_FEED);
    }

    @ETagged
    @GetMapping(value = "/{id}/editions/{number}", produces = EditionPage.HTML)
    @Operation(summary = "The HTML page of edition n°number (public; conditional GET answers 304)")
    ResponseEntity<String> edition(@PathVariable String id, @PathVariable int number) {
        EditionLine line = editing.line(new EditionLineId(id));
        Edition edition = line.edition(number).orElseThrow(() -> new Refused(NewsletterRefusal.EDITION_NOT_FOUND, line.title() + " has no edition n°" + number));
        String html = page.render(line, edition);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(EditionPage.HTML)).cacheControl(PUBLIC)
                .eTag(etag(html)).lastModified(edition.publishedAt().truncatedTo(ChronoUnit.SECONDS)).body(html);
    }

    @GetMapping("/{id}/draft")
    @ETagged
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Read the open draft of the line's next edition (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> draft(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return versioned(line);
    }

    @PutMapping("/{id}/draft/items")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Put the draft's items in a new order, naming each once (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> reorder(@PathVariable String id, @Valid @RequestBody Order body, ExpectedVersion expected) {
        return versioned(editing.reorder(new EditionLineId(id), expected, body.order()));
    }

    @DeleteMapping("/{id}/draft/items/{itemId}")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Take an item out of the draft; it will not come back (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String itemId, ExpectedVersion expected) {
        EditionLine line = editing.remove(new EditionLineId(id), expected, itemId);
        return ResponseEntity.noContent().eTag(ETags.of(line.version())).build();
    }

    @PutMapping("/{id}/draft/items/{itemId}/note")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Annotate an item of the draft; a blank note removes it (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> annotate(@PathVariable String id, @PathVariable String itemId, @Valid @RequestBody Note body,
                                       ExpectedVersion expected) {
        return versioned(editing.annotate(new EditionLineId(id), expected, itemId, body.note()));
    }

    @PutMapping("/{id}/draft/spotlight")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Choose the item that opens the edition as \"Zoom sur…\" (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> spotlight(@PathVariable String id, @Valid @RequestBody Spotlight body, ExpectedVersion expected) {
        return versioned(editing.spotlight(new EditionLineId(id), expected, body.itemId()));
    }

    @PostMapping("/{id}/draft/publication")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Publish the draft as the line's next edition n°N; emits NewsletterEditionPublished (EDITOR)",
            description = "An empty draft answers 409 empty-draft.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<EditionSummary> publish(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        EditionLine line = editing.publish(new EditionLineId(id), expected, caller.subject());
        EditionSummary published = EditionSummary.of(line, line.latest().orElseThrow(), feeds);
        // The edition's page is the new resource, but the ETag is the line's: the one its next change is asked of.
        return ResponseEntity.created(URI.create(published.url())).eTag(ETags.of(line.version())).body(published);
    }

    private static ResponseEntity<DraftView> versioned(EditionLine line) {
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(DraftView.of(line));
    }

    private static ResponseEntity<String> cacheable(EditionLine line, String body, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).cacheControl(PUBLIC)
                .eTag(etag(body)).lastModified(line.lastPublished().truncatedTo(ChronoUnit.SECONDS)).body(body);
    }

    /** Derived from the bytes served, so it changes exactly when the representation does. */
    private static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
