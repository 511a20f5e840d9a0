/**
 * Who may log in: the demo accounts of the local platform, generated from the 30 académies and a short national list,
 * and the platform's roles they hold. Plain Java.
 */
package fr.education.traam.identity.account;
