/**
 * Events of the groups service on {@code traam.groups}: the national and academic working groups formed by the national
 * selections, their composition and its status. Members appear by id and role only, never by name or address: académies'
 * systems read this topic, and the people's data stay in the groups service.
 */
package fr.education.traam.contract.groups;
