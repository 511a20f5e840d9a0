/** The use cases of the working groups: forming them from the selections, managing their members, reading them. */
package fr.education.traam.groups.group.application;
