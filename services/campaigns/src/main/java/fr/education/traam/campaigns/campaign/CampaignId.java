package fr.education.traam.campaigns.campaign;

import java.util.UUID;

/** Identity of a campaign. */
public record CampaignId(String value) {

    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("campaign id is blank");
        }
    }

    public static CampaignId generate() {
        return new CampaignId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
