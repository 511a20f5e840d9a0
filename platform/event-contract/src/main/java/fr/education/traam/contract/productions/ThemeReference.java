package fr.education.traam.contract.productions;

/**
 * The theme a production belongs to, with its title and its campaign's school year ({@code 2027-2028}) so that
 * consumers need no view of the campaigns.
 */
public record ThemeReference(String campaignId, String schoolYear, String themeId, String title) {
}
