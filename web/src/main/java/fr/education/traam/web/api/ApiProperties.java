package fr.education.traam.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Where web reads the platform: through the gateway ({@code TRAAM_API_URL}), like any web client.
 *
 * @param apiUrl  the gateway's address
 * @param timeout how long a page waits for one answer before it says the platform is unavailable
 */
@ConfigurationProperties("traam.web")
public record ApiProperties(@DefaultValue("http://localhost:8080") URI apiUrl, @DefaultValue("10s") Duration timeout) {
}
