/** Wiring of the kit into a service: auto-configuration and the platform's default settings. */
package fr.education.traam.kit.config;
