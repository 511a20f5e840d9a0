/**
 * The personal data of the people in the working groups (GDPR): what the service holds on a person, how long it keeps
 * it after their themes closed, and their rights of access and erasure.
 */
package fr.education.traam.groups.privacy;
