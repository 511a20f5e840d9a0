/** What every TraAM service shares, auto-configured so that a service writes only its own domain. */
package fr.education.traam.kit;
