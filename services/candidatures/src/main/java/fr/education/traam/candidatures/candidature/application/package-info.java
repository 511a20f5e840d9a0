/** The activities on candidatures, each a use case that loads what it needs, asks the aggregate to change and stores the result. */
package fr.education.traam.candidatures.candidature.application;
