/** The REST API of the working groups under {@code /api/groups}. */
package fr.education.traam.groups.group.web;
