/** Turns the events that concern an académie into entries of its feed, once each. */
package fr.education.traam.dissemination.academyfeed.application;
