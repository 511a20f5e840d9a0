/** The consumers of the groups service: the selected teams (restricted topic), and its own events for the referents. */
package fr.education.traam.groups.group.messaging;
