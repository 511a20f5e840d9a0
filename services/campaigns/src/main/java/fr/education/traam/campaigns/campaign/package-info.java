/**
 * The campaign aggregate and its value types: plain Java, no framework. Every state change is a method
 * that checks the current state and returns the events it caused.
 */
package fr.education.traam.campaigns.campaign;
