package fr.education.traam.contract.campaigns;

import fr.education.traam.contract.TraamEvent;

/** A theme's text, disciplines, experts or capacity changed; {@code theme} is its whole new state. */
public record ThemeRevised(String campaignId, ThemeDetails theme, String revisedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}
