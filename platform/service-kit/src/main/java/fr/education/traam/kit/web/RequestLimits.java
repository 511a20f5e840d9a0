package fr.education.traam.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a client may send a service, whether through the gateway or straight to it.
 *
 * @param maxBodySize the largest request body read; beyond it, {@code 413 content-too-large}. Multipart uploads are
 *                    bounded by {@code spring.servlet.multipart.*} as well
 */
@ConfigurationProperties("traam.web")
public record RequestLimits(@DefaultValue("20MB") DataSize maxBodySize) {

    public RequestLimits {
        if (maxBodySize.isNegative()) {
            throw new IllegalArgumentException("traam.web.max-body-size must not be negative");
        }
    }
}
