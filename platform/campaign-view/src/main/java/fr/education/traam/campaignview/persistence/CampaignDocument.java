package fr.education.traam.campaignview.persistence;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The stored view of a campaign, with the ids of the events applied to it in the same document, so that an
 * effect and the record of its event are one atomic write. Dates are ISO strings: a calendar date has no time
 * zone, and a BSON date would give it one.
 */
@Document("campaigns")
record CampaignDocument(
        @Id String id,
        long version,
        String schoolYear,
        String title,
        CalendarDocument calendar,
        String phase,
        List<ThemeDocument> themes,
        List<String> appliedEvents) {

    record CalendarDocument(String callOpening, String academicSelectionDeadline, String nationalSelection,
                            String launch, String yearTwoStart, String closing) {
    }

    record ExpertDocument(String id, String name) {
    }

    record ThemeDocument(String id, String title, String kind, List<String> disciplines, List<ExpertDocument> experts,
                         int capacity, String cycle, String continues) {
    }

    static CampaignDocument of(Campaign campaign, long version) {
        CampaignCalendar c = campaign.calendar();
        return new CampaignDocument(campaign.id().value(), version, campaign.schoolYear(), campaign.title(),
                new CalendarDocument(c.callOpening().toString(), c.academicSelectionDeadline().toString(),
                        c.nationalSelection().toString(), c.launch().toString(), c.yearTwoStart().toString(),
                        c.closing().toString()),
                campaign.phase().name(), campaign.themes().stream().map(CampaignDocument::of).toList(),
                campaign.appliedEvents().stream().sorted().toList());
    }

    private static ThemeDocument of(Theme theme) {
        return new ThemeDocument(theme.id().value(), theme.title(), theme.kind().name(), theme.disciplines(),
                theme.experts().stream().map(e -> new ExpertDocument(e.id(), e.name())).toList(), theme.capacity(),
                theme.cycle().name(), theme.continues() == null ? null : theme.continues().value());
    }

    Campaign toCampaign() {
        CampaignCalendar c = new CampaignCalendar(LocalDate.parse(calendar.callOpening()),
                LocalDate.parse(calendar.academicSelectionDeadline()), LocalDate.parse(calendar.nationalSelection()),
                LocalDate.parse(calendar.launch()), LocalDate.parse(calendar.yearTwoStart()), LocalDate.parse(calendar.closing()));
        return new Campaign(new CampaignId(id), schoolYear, title, c, CampaignPhase.valueOf(phase),
                themes.stream().map(CampaignDocument::toTheme).toList(), Set.copyOf(appliedEvents), version);
    }

    private static Theme toTheme(ThemeDocument t) {
        return new Theme(new ThemeId(t.id()), t.title(), ThemeKind.valueOf(t.kind()), t.disciplines(),
                t.experts().stream().map(e -> new DneExpert(e.id(), e.name())).toList(), t.capacity(),
                ThemeCycle.valueOf(t.cycle()), t.continues() == null ? null : new ThemeId(t.continues()));
    }
}
