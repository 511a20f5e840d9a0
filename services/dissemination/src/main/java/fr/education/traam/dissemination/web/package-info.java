/** The service's problem catalogue: how its refusals read over HTTP. */
package fr.education.traam.dissemination.web;
