/** The use cases of personal data: showing a person what is held on them, erasing them, purging after retention. */
package fr.education.traam.groups.privacy.application;
