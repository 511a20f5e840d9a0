/** Who is mailed about a production's review, and what they read. */
package fr.education.traam.productions.notification.application;
