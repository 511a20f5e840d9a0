/** Plain-Java types every domain shares: the failures it raises (turned into problem details by the web layer) and ids derived from events. */
package fr.education.traam.kit.domain;
