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
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
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
    @Operation(summary = "Read one edition line with its editions and feeds (public)")
    LineView read(@PathVariable String id) {
        return LineView.of(editing.line(new EditionLineId(id)), feeds);
    }

    @GetMapping(value = "/{id}/feed.atom", produces = Feeds.ATOM)
    @Operation(summary = "The line's latest editions as an Atom 1.0 feed (public; conditional GET answers 304)")
    ResponseEntity<String> atom(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return cacheable(line, feeds.atom(line), Feeds.ATOM);
    }

    @GetMapping(value = "/{id}/feed.rss", produces = Feeds.RSS)
    @Operation(summary = "The line's latest editions as an RSS 2.0 feed (public; conditional GET answers 304)")
    ResponseEntity<String> rss(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return cacheable(line, feeds.rss(line), Feeds.RSS);
    }

    @GetMapping(value = "/{id}/feed.json", produces = Feeds.JSON_FEED)
    @Operation(summary = "The line's latest editions as a JSON Feed 1.1 (public; conditional GET answers 304)")
    ResponseEntity<String> json(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return cacheable(line, feeds.jsonFeed(line), Feeds.JSON_FEED);
    }

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
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Read the open draft of the line's next edition (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> draft(@PathVariable String id) {
        EditionLine line = editing.line(new EditionLineId(id));
        return ResponseEntity.ok().eTag(Long.toString(line.version())).body(DraftView.of(line));
    }

    @PutMapping("/{id}/draft/items")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Put the draft's items in a new order, naming each once (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    DraftView reorder(@PathVariable String id, @Valid @RequestBody Order body) {
        return DraftView.of(editing.reorder(new EditionLineId(id), body.order()));
    }

    @DeleteMapping("/{id}/draft/items/{itemId}")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Take an item out of the draft; it will not come back (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String itemId) {
        editing.remove(new EditionLineId(id), itemId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/draft/items/{itemId}/note")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Annotate an item of the draft; a blank note removes it (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    DraftView annotate(@PathVariable String id, @PathVariable String itemId, @Valid @RequestBody Note body) {
        return DraftView.of(editing.annotate(new EditionLineId(id), itemId, body.note()));
    }

    @PutMapping("/{id}/draft/spotlight")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Choose the item that opens the edition as \"Zoom sur…\" (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    DraftView spotlight(@PathVariable String id, @Valid @RequestBody Spotlight body) {
        return DraftView.of(editing.spotlight(new EditionLineId(id), body.itemId()));
    }

    @PostMapping("/{id}/draft/publication")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Publish the draft as the line's next edition n°N; emits NewsletterEditionPublished (EDITOR)",
            description = "An empty draft answers 409 empty-draft.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<EditionSummary> publish(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        EditionLine line = editing.publish(new EditionLineId(id), caller.subject());
        EditionSummary published = EditionSummary.of(line, line.latest().orElseThrow(), feeds);
        return ResponseEntity.created(URI.create(published.url())).body(published);
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
