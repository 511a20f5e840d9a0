/**
 * The working groups' screens for their members (teachers, inspectors, referents, CARDIE, DNE experts seated in a
 * national group): the groups a person sits in, and a group's page — its members, the work calendar, its collaboration
 * spaces and its productions, with the way to start a scenario. The groups service decides who sees what.
 */
package fr.education.traam.web.group;
