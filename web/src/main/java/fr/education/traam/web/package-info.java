/** The web application's pages, one package per feature, each reading the platform's API through {@code api}. */
package fr.education.traam.web;
