/**
 * The theme synthesis sent to those it is written for (issue 12): once published, the synthesis of a theme goes by
 * mail to every member of the theme's working groups and to the institutions the ministry names (IGESR, DGESCO,
 * IH2EF), with a delivery log per recipient.
 */
package fr.education.traam.productions.synthesis;
