/** What this service knows of campaigns, built from {@code traam.campaigns} only: titles, themes and their disciplines (plain Java). */
package fr.education.traam.dissemination.campaign;
