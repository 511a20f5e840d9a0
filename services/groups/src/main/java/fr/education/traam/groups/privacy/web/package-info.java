/** The REST API of personal data under {@code /api/groups/people}: the rights of access and erasure. */
package fr.education.traam.groups.privacy.web;
