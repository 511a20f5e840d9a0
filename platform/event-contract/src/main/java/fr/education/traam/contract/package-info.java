/**
 * The published language of the TraAM platform: every event as an immutable record, the topics they
 * travel on, their JSON Schemas and the codec that turns them into CloudEvents bodies.
 */
package fr.education.traam.contract;
