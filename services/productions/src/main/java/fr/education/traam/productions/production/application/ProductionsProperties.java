package fr.education.traam.productions.production.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * @param publicBaseUrl        where readers reach the platform (the gateway): a published production's page is
 *                             {@code <publicBaseUrl>/productions/<id>}
 * @param socialNetworkDomains the social networks a production may not link to, by domain (and every host below it)
 */
@ConfigurationProperties("traam.productions")
public record ProductionsProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        List<String> socialNetworkDomains) {

    public ProductionsProperties {
        socialNetworkDomains = socialNetworkDomains == null ? List.of() : List.copyOf(socialNetworkDomains);
    }

    /** The public page of a production. */
    public String pageOf(String productionId) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/productions/" + productionId;
    }
}
