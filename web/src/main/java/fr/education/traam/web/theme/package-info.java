/** The active theme (the platform's own or the State design system): its stylesheet and the class names of the few components the pages use. */
package fr.education.traam.web.theme;
