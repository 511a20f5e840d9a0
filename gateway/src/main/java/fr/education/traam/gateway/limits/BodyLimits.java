package fr.education.traam.gateway.limits;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the gateway forwards to a service.
 *
 * @param maxBodySize for every route not named below
 * @param maxBodySizeByRoute per route id, for the routes that accept more (or less) than the default
 * @param readWholeUpTo      a body announced at most this large is read whole before it is forwarded, so that a
 *                           service that answers before reading it leaves no unread bytes behind (docs/gateway.md);
 *                           a larger one streams
 */
@ConfigurationProperties("traam.gateway.limits")
public record BodyLimits(
        @DefaultValue("20MB") DataSize maxBodySize,
        Map<String, DataSize> maxBodySizeByRoute,
        @DefaultValue("256KB") DataSize readWholeUpTo) {

    public BodyLimits {
        maxBodySizeByRoute = maxBodySizeByRoute == null ? Map.of() : Map.copyOf(maxBodySizeByRoute);
        if (maxBodySize.isNegative() || readWholeUpTo.isNegative()
                || maxBodySizeByRoute.values().stream().anyMatch(DataSize::isNegative)) {
            throw new IllegalArgumentException("traam.gateway.limits sizes must not be negative");
        }
    }

    /** The limit for a route; {@code routeId} may be null for a request no route serves. */
    public DataSize forRoute(String routeId) {
        return routeId == null ? maxBodySize : maxBodySizeByRoute.getOrDefault(routeId, maxBodySize);
    }
}
