package fr.education.traam.contract.productions;

/** The theme a production belongs to, with its title so that consumers need no view of the campaigns. */
public record ThemeReference(String campaignId, String themeId, String title) {
}
