package fr.education.traam.campaignview;

/** Identity of a campaign, as the campaigns service gave it. */
public record CampaignId(String value) {

    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("campaign id is blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
