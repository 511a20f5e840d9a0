package fr.education.traam.gateway.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the web module listens; read beside the services' addresses ({@code traam.gateway.services.*}).
 *
 * @param web the web module's base URL
 */
@ConfigurationProperties("traam.gateway.services")
public record WebRouteProperties(@DefaultValue("http://localhost:8086") URI web) {
}
