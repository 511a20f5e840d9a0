/**
 * Consuming events: CloudEvents read from Kafka records and checked against their schema. Consumers are idempotent
 * by construction, each effect carrying the event that caused it (ADR 14): there is no separate inbox.
 */
package fr.education.traam.kit.inbox;
