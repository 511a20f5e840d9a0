/**
 * Who may log in: the demo accounts of the local platform, generated from the 30 académies and a short national list,
 * and the directory the login form checks them against.
 */
package fr.education.traam.identity.account;
