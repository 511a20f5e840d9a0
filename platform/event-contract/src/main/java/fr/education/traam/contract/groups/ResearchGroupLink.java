package fr.education.traam.contract.groups;

/** The GTnum (a research group of the DNE) a working group works with: its name and its https link. */
public record ResearchGroupLink(String name, String link) {
}
