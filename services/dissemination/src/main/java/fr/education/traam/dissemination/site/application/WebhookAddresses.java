package fr.education.traam.dissemination.site.application;

import fr.education.traam.kit.domain.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps webhooks off the platform's own network (server-side request forgery): a webhook URL's host is resolved and
 * every address it resolves to must be public — not loopback, link-local (cloud metadata at 169.254.169.254),
 * private, unique-local, shared (100.64/10) or multicast. Checked at registration and again before each attempt,
 * since a name can resolve elsewhere later.
 */
@Component
public class WebhookAddresses {

    private final boolean allowPrivate;

    @Autowired
    public WebhookAddresses(SitesProperties properties) {
        this(properties.allowPrivateAddresses());
    }

    private WebhookAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** A checker with its own rule, for tests of the rule the default profile applies. */
    public static WebhookAddresses allowingPrivate(boolean allowPrivate) {
        return new WebhookAddresses(allowPrivate);
    }

    /** @throws Refused naming {@code webhookUrl} when the URL may not be used */
    public void check(URI url) {
        refusal(url).ifPresent(reason -> {
            throw Refused.invalid("webhookUrl", reason);
        });
    }

    /** Why {@code url} may not be POSTed to, or empty when it may. */
    public Optional<String> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("the host " + url.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("the host " + url.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, link-local or private address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean shared = first == 100 && second >= 64 && second < 128;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            boolean reserved = first >= 240;
            return !(thisNetwork || shared || benchmarking || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            return !uniqueLocal;
        }
        return true;
    }
}
