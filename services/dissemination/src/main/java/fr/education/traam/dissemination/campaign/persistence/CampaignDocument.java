package fr.education.traam.dissemination.campaign.persistence;

import fr.education.traam.dissemination.campaign.Campaign;
import fr.education.traam.dissemination.campaign.Theme;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.Set;

/** The stored view of a campaign, with the ids of the events applied to it in the same document. */
@Document("campaigns")
record CampaignDocument(@Id String id, long version, String schoolYear, String title, List<ThemeDocument> themes,
                        List<String> appliedEvents) {

    record ThemeDocument(String id, String title, List<String> disciplines) {
    }

    static CampaignDocument of(Campaign campaign, long version) {
        return new CampaignDocument(campaign.id(), version, campaign.schoolYear(), campaign.title(),
                campaign.themes().stream().map(t -> new ThemeDocument(t.id(), t.title(), t.disciplines())).toList(),
                campaign.appliedEvents().stream().sorted().toList());
    }

    Campaign toCampaign() {
        return new Campaign(id, schoolYear, title, themes.stream().map(t -> new Theme(t.id(), t.title(), t.disciplines())).toList(),
                Set.copyOf(appliedEvents), version);
    }
}
