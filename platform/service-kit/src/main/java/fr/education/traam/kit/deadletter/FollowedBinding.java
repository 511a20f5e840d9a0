package fr.education.traam.kit.deadletter;

/**
 * A consumer binding of the service on one topic, and the dead-letter topic its group's failures go to.
 *
 * @param binding         the binding's name, e.g. {@code campaignEvents-in-0}
 * @param topic           the topic it follows, e.g. {@code traam.campaigns}
 * @param group           its consumer group, e.g. {@code candidatures}
 * @param deadLetterTopic e.g. {@code error.traam.campaigns.candidatures}
 */
public record FollowedBinding(String binding, String topic, String group, String deadLetterTopic) {
}
