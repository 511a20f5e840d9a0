/** The groups service's problem catalogue: one problem type per refusal. */
package fr.education.traam.groups.web;
