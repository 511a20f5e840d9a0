/** Real infrastructure (Kafka, MongoDB wire protocol, JWT signing keys) started in-process for the local launcher and the tests. */
package fr.education.traam.embedded;
