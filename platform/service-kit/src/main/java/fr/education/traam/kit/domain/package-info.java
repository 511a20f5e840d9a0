/** Plain-Java failure types a service's domain raises; the web layer turns them into problem details. */
package fr.education.traam.kit.domain;
