/** The Spring Cloud Stream consumers, one per followed topic, all in group {@code dissemination}: thin adapters to the fan-out. */
package fr.education.traam.dissemination.fanout.messaging;
