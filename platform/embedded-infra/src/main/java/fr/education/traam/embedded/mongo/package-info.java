/** A MongoDB wire-protocol server, in memory or persisted to an H2 file, running inside the calling JVM. */
package fr.education.traam.embedded.mongo;
