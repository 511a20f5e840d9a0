/** French error pages for HTML: unknown page, refused request, API down, our own fault; never a stack trace. */
package fr.education.traam.web.error;
