/** The RSA keys and the token minter that stand in for an identity provider on a developer machine and in tests. */
package fr.education.traam.embedded.identity;
