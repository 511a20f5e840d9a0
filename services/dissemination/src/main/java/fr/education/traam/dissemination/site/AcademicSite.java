package fr.education.traam.dissemination.site;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/**
 * An académie's website as the platform delivers to it: where its webhook listens, what it subscribed to, and the
 * secret its deliveries are signed with. A site whose webhook answered {@code 410 Gone} is disabled and receives
 * nothing more.
 */
public record AcademicSite(
        String id,
        String academy,
        String name,
        URI webhookUrl,
        Subscription subscription,
        SigningSecret secret,
        SiteStatus status,
        String disabledReason,
        Instant createdAt,
        long version) {

    public static final int MAX_NAME = 200;
    public static final int MAX_WEBHOOK_URL = 2000;
    public static final long NEW = -1;

    public AcademicSite {
        if (Academy.byCode(academy).isEmpty()) {
            throw Refused.invalid("academy", "no académie has the ministry code " + academy);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw Refused.invalid("name", "a site has a name of at most " + MAX_NAME + " characters");
        }
        name = name.strip();
        webhookUrl = keptWebhookUrl(webhookUrl);
    }

    /**
     * The webhook URL as the platform keeps and shows it: an absolute http(s) address of bounded length, without
     * credentials (a password in a URL would be shown to every operator who lists sites: the signing secret is the
     * site's credential) or fragment, its scheme and host in lower case, without the default port or dot segments.
     */
    static URI keptWebhookUrl(URI url) {
        if (url == null || !url.isAbsolute() || url.isOpaque() || url.getHost() == null
                || !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw Refused.invalid("webhookUrl", "a webhook URL is an absolute http or https address");
        }
        if (url.toString().length() > MAX_WEBHOOK_URL) {
            throw Refused.invalid("webhookUrl", "a webhook URL is at most " + MAX_WEBHOOK_URL + " characters long");
        }
        if (url.getRawUserInfo() != null) {
            throw Refused.invalid("webhookUrl", "a webhook URL carries no user name or password: deliveries are signed instead");
        }
        if (url.getRawFragment() != null) {
            throw Refused.invalid("webhookUrl", "a webhook URL has no fragment (#…): it is never sent to the server");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() == ("https".equals(scheme) ? 443 : 80) ? -1 : url.getPort();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        try {
            return new URI(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port)
                    + path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())).normalize();
        } catch (URISyntaxException e) {
            throw Refused.invalid("webhookUrl", "a webhook URL is an absolute http or https address");
        }
    }

    public static AcademicSite register(String id, String academy, String name, URI webhookUrl, Subscription subscription,
                                        SigningSecret secret, Instant at) {
        return new AcademicSite(id, academy, name, webhookUrl, subscription, secret, SiteStatus.ACTIVE, null, at, NEW);
    }

    /** Whether an event of {@code type} reaching {@code reach} is to be delivered to this site. */
    public boolean receives(String type, Reach reach) {
        return status == SiteStatus.ACTIVE && subscription.covers(type, reach, academy);
    }

    public boolean active() {
        return status == SiteStatus.ACTIVE;
    }

    public AcademicSite withSecret(SigningSecret newSecret) {
        return new AcademicSite(id, academy, name, webhookUrl, subscription, newSecret, status, disabledReason, createdAt, version);
    }

    /** The site after its webhook said it is gone for good; deliveries to it stop until it is reactivated. */
    public AcademicSite disabled(String reason) {
        return new AcademicSite(id, academy, name, webhookUrl, subscription, secret, SiteStatus.DISABLED, reason, createdAt, version);
    }

    /** The site receiving deliveries again, once its webhook is back; what it missed meanwhile is dead and replayable. */
    public AcademicSite reactivated() {
        return new AcademicSite(id, academy, name, webhookUrl, subscription, secret, SiteStatus.ACTIVE, null, createdAt, version);
    }
}
