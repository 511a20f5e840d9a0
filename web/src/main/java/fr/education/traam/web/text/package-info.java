/** How the pages write what they show in French: dates first. */
package fr.education.traam.web.text;
