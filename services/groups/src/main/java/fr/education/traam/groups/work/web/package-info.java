/** The REST API of the groups' work under {@code /api/groups/{id}}: calendar, progress reports, workspace. */
package fr.education.traam.groups.work.web;
