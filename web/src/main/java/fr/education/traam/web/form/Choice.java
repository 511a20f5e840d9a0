package fr.education.traam.web.form;

/** One option of a list, a group of checkboxes or radio buttons: the value sent and the label read. */
public record Choice(String value, String label) {
}
