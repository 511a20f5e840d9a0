/** A single-node Apache Kafka broker in KRaft mode, running inside the calling JVM. */
package fr.education.traam.embedded.kafka;
