/** Gives the platform's integration tests a real Kafka broker, a MongoDB, signed test tokens and a topic probe. */
package fr.education.traam.testkit;
