/** The platform's local OpenID Connect provider: who may log in, the clients it serves, the tokens it signs. */
package fr.education.traam.identity;
