/**
 * The working groups: a theme's national group and an academic group per selected académie, their members by role,
 * their composition checked against the programme's rules, their life over the theme's two years.
 */
package fr.education.traam.groups.group;
