package fr.education.traam.dissemination.site.application;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.AcademicSites;
import fr.education.traam.dissemination.site.Scope;
import fr.education.traam.dissemination.site.SigningSecret;
import fr.education.traam.dissemination.site.SiteRefusal;
import fr.education.traam.dissemination.site.Subscription;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The registry of academic sites: an operator manages every académie's, a DAN their own académie's (the token's
 * {@code academy} claim). A new site's signing secret is answered once, here, and on rotation; never again.
 */
@Service
public class RegisteringSites {

    private final AcademicSites sites;
    private final WebhookAddresses addresses;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RegisteringSites(AcademicSites sites, WebhookAddresses addresses, Clock clock) {
        this.sites = sites;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Registers a site for {@code academy} (the caller's own when null); the answer holds its secret. */
    public AcademicSite register(Caller caller, String academy, String name, URI webhookUrl, Set<String> eventTypes, Scope scope) {
        String code = academy == null ? caller.academy() : academy;
        if (code == null) {
            throw Refused.invalid("academy", "name the académie of the site by its ministry code");
        }
        requireManages(caller, code);
        AcademicSite site = AcademicSite.register(UUID.randomUUID().toString(), code, name, webhookUrl,
                new Subscription(eventTypes, scope), SigningSecret.generate(random), clock.instant());
        addresses.check(site.webhookUrl());
        return sites.save(site);
    }

    /** Every site for an operator; their académie's for a DAN. */
    public List<AcademicSite> list(Caller caller) {
        return sites.list(caller.has(Role.OPERATOR) ? null : ownAcademy(caller));
    }

    public AcademicSite site(Caller caller, String id) {
        AcademicSite site = sites.find(id).orElseThrow(() -> new Refused(SiteRefusal.SITE_NOT_FOUND, "no academic site " + id));
        requireManages(caller, site.academy());
        return site;
    }

    /** Replaces the site's secret; the answer holds the new one, and deliveries are signed with it from now on. */
    public AcademicSite rotateSecret(Caller caller, String id, ExpectedVersion expected) {
        return sites.save(site(caller, id, expected).withSecret(SigningSecret.generate(random)));
    }

    /** A disabled site (its webhook answered 410) receives deliveries again; its address is checked anew. */
    public AcademicSite reactivate(Caller caller, String id, ExpectedVersion expected) {
        AcademicSite site = site(caller, id, expected);
        addresses.check(site.webhookUrl());
        return site.active() ? site : sites.save(site.reactivated());
    }

    /** The site as read for a change asked of {@code expected} (the caller's {@code If-Match}). */
    private AcademicSite site(Caller caller, String id, ExpectedVersion expected) {
        AcademicSite site = site(caller, id);
        expected.check(site.version(), "academic site " + id);
        return site;
    }

    void requireManages(Caller caller, String academy) {
        if (caller.has(Role.OPERATOR)) {
            return;
        }
        if (!caller.has(Role.DAN) || !academy.equals(caller.academy())) {
            throw new Refused(SiteRefusal.OTHER_ACADEMY, "only an operator or the DAN of académie " + academy + " manages its sites");
        }
    }

    private static String ownAcademy(Caller caller) {
        if (caller.academy() == null) {
            throw new Refused(SiteRefusal.OTHER_ACADEMY, "the token names no académie");
        }
        return caller.academy();
    }
}
