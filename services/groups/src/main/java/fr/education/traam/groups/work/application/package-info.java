/** The use cases of the groups' work: scheduling the theme's calendar, reporting progress, arranging the workspaces. */
package fr.education.traam.groups.work.application;
