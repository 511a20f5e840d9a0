/** What every form's fields are made of, shared by the roles' pages ({@code templates/form/fields.html}). */
package fr.education.traam.web.form;
