package fr.education.traam.productions.production;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The domains of social networks a production may not link to (the ministry's rule: no link to social networks), as
 * configured (documented in docs/api/productions.md). An address is one of them when its host is a listed domain or
 * below it: {@code fr-fr.facebook.com} is Facebook.
 */
public record SocialNetworks(List<String> domains) {

    public SocialNetworks {
        domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
    }

    public boolean links(URI uri) {
        String host = Links.host(uri);
        return domains.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }
}
