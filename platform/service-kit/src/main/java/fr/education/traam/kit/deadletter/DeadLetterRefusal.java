package fr.education.traam.kit.deadletter;

import fr.education.traam.kit.domain.Refusal;

/** What the dead letters' operations refuse. */
public enum DeadLetterRefusal implements Refusal {
    /** No dead letter at this topic, partition and offset, or the topic is none of this service's dead-letter topics. */
    DEAD_LETTER_NOT_FOUND,
    /** The broker did not answer in time. */
    DEAD_LETTERS_UNAVAILABLE
}
