package fr.education.traam.archfixture.applicationknowsweb.selection.web;

/** A web view the use case should not know. */
public record CapacityView(int capacity) {
}
