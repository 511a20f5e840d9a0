/** The productions' use cases: who may write, review, publish and withdraw, and the steps themselves. */
package fr.education.traam.productions.production.application;
