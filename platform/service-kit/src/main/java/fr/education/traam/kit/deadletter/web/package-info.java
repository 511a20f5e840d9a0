/** The operators' HTTP interface to the service's dead letters, under {@code /api/<service>/dead-letters}. */
package fr.education.traam.kit.deadletter.web;
