/** Reference data candidatures are checked against: the 30 académies and the 16 CRCN competences (plain Java). */
package fr.education.traam.candidatures.reference;
