package fr.education.traam.kit.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the service lists and replays its dead letters.
 *
 * @param collection   the MongoDB collection of their replays
 * @param listLimit    how many dead letters a list answers when the request names no limit
 * @param replayLimit  how many dead letters one replay of "all since" hands over when the request names no limit: each
 *                     is applied while the operator waits, and the gateway gives up on an answer after 10 s
 * @param maxLimit     the largest limit a request may name, for either
 * @param readTimeout  how long reading the dead-letter topics may take before the answer is a 503
 */
@ConfigurationProperties("traam.dead-letters")
public record DeadLetterProperties(@DefaultValue("deadLetterReplays") String collection,
                                   @DefaultValue("100") int listLimit,
                                   @DefaultValue("100") int replayLimit,
                                   @DefaultValue("1000") int maxLimit,
                                   @DefaultValue("5s") Duration readTimeout) {
}
