/** The OAI-PMH data provider and the formats of its records (XML over HTTP). */
package fr.education.traam.productions.referencing.web;
