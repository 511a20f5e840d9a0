package fr.education.traam.dissemination.site.web;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.DeliveryStatus;
import fr.education.traam.dissemination.site.application.RegisteringSites;
import fr.education.traam.dissemination.site.application.ReplayingDeliveries;
import fr.education.traam.dissemination.site.web.SiteRequests.Registration;
import fr.education.traam.dissemination.site.web.SiteRequests.SubscriptionRequest;
import fr.education.traam.dissemination.site.web.SiteViews.DeliveryView;
import fr.education.traam.dissemination.site.web.SiteViews.SiteView;
import fr.education.traam.dissemination.site.web.SiteViews.SiteWithSecret;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import fr.education.traam.kit.web.Unconditional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The registry of academic sites: an operator manages every académie's, a DAN their own académie's; any other
 * caller is refused. Answers that carry the signing secret are never cached.
 */
@RestController
@RequestMapping("/api/dissemination/sites")
@PreAuthorize("hasAnyRole('OPERATOR', 'DAN')")
@Tag(name = "Academic sites", description = "Académies' websites, their webhook subscriptions and delivery logs")
class SiteController {

    private final RegisteringSites registry;
    private final ReplayingDeliveries deliveries;

    SiteController(RegisteringSites registry, ReplayingDeliveries deliveries) {
        this.registry = registry;
        this.deliveries = deliveries;
    }

    @PostMapping
    @Operation(summary = "Register a site; the answer shows its signing secret, this once (OPERATOR, or the académie's DAN)",
            description = "The webhook URL must resolve to public addresses only (400 naming webhookUrl otherwise), unless "
                    + "traam.dissemination.sites.allow-private-addresses is set (local profile).",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SiteWithSecret> register(@RequestBody Registration body, @Parameter(hidden = true) Caller caller) {
        SubscriptionRequest subscription = body.requiredSubscription();
        AcademicSite site = registry.register(caller, body.academy(), body.name(), body.url(), subscription.eventTypes(),
                subscription.scope());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(site.id()).toUri())
                .cacheControl(CacheControl.noStore()).eTag(ETags.of(site.version())).body(SiteWithSecret.of(site));
    }

    @GetMapping
    @Operation(summary = "List the sites: every académie's for an operator, their own for a DAN", security = @SecurityRequirement(name = "bearer"))
    List<SiteView> list(@Parameter(hidden = true) Caller caller) {
        return registry.list(caller).stream().map(SiteView::of).toList();
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "Read a site, without its secret", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SiteView> read(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        AcademicSite site = registry.site(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(site.version())).body(SiteView.of(site));
    }

    @PostMapping("/{id}/secret-rotation")
    @Operation(summary = "Replace the site's signing secret; the answer shows the new one, this once", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SiteWithSecret> rotate(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        AcademicSite site = registry.rotateSecret(caller, id, expected);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(ETags.of(site.version())).body(SiteWithSecret.of(site));
    }

    @PostMapping("/{id}/reactivation")
    @Operation(summary = "Let a site disabled by a 410 Gone receive deliveries again; replay what it missed (OPERATOR, or the académie's DAN)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SiteView> reactivate(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        AcademicSite site = registry.reactivate(caller, id, expected);
        return ResponseEntity.ok().eTag(ETags.of(site.version())).body(SiteView.of(site));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The site's delivery log, the newest first (the latest 200); ?status=DEAD lists the dead ones",
            security = @SecurityRequirement(name = "bearer"))
    List<DeliveryView> deliveries(@PathVariable String id, @RequestParam(required = false) DeliveryStatus status,
                                  @Parameter(hidden = true) Caller caller) {
        return deliveries.log(caller, id, status).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    @Unconditional("a delivery has no version a client reads; only a dead one is replayed (409 delivery-not-dead otherwise)")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Send a dead delivery again, with the same webhook-id, from the start of the schedule (OPERATOR)",
            description = "409 delivery-not-dead for any other delivery, 409 site-disabled for a disabled site.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DeliveryView> replay(@PathVariable String id, @PathVariable String deliveryId, @Parameter(hidden = true) Caller caller) {
        return ResponseEntity.accepted().body(DeliveryView.of(deliveries.replay(caller, id, deliveryId)));
    }
}
