/**
 * The launcher behind {@code ./traam}: runs Kafka, MongoDB and every TraAM component on one machine without Docker.
 */
package fr.education.traam.local;
