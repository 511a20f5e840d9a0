/** The daemon thread a relay does its work on, between the calls that ask for it and its own schedule. */
package fr.education.traam.kit.background;
