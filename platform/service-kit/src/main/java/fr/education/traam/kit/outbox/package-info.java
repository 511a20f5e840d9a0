/**
 * Publishing without loss: the events of a change are stored in the same document write as the change,
 * and a relay publishes them to Kafka as CloudEvents, then clears them.
 */
package fr.education.traam.kit.outbox;
