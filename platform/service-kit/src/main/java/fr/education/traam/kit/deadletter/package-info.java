/**
 * Dead letters, listed and replayed: the records each consumer group of the service gave up on, read from its
 * dead-letter topics, and handed again on an operator's request to the binding's own consumer, once the cause is gone.
 */
package fr.education.traam.kit.deadletter;
