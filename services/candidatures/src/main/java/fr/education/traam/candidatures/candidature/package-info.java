/**
 * The candidature aggregate and its value types: plain Java, no framework. Every change is a method that
 * checks the call, the académie and the current state, and returns the events it caused.
 */
package fr.education.traam.candidatures.candidature;
