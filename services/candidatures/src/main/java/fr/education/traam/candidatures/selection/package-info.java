/** The national selection of each theme: the experts' decisions, their publication and amendments (plain Java). */
package fr.education.traam.candidatures.selection;
