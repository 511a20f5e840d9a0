/**
 * Consuming without duplicates: CloudEvents read and checked against their schema, and an inbox that
 * applies each event once per consumer.
 */
package fr.education.traam.kit.inbox;
