package fr.education.traam.campaigns.campaign.persistence;

import fr.education.traam.campaigns.campaign.Calendar;
import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.CampaignId;
import fr.education.traam.campaigns.campaign.Expert;
import fr.education.traam.campaigns.campaign.SchoolYear;
import fr.education.traam.campaigns.campaign.Theme;
import fr.education.traam.campaigns.campaign.ThemeId;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * The stored form of a campaign. Dates are kept as ISO strings: a calendar date has no time zone, and a
 * BSON date would give it one. The outbox sits beside these fields, written by {@code AggregateWrites}.
 */
@Document("campaigns")
record CampaignDocument(
        @Id String id,
        long version,
        String schoolYear,
        int schoolYearStart,
        String title,
        CalendarDocument calendar,
        List<ThemeDocument> themes,
        String phase) {

    record CalendarDocument(String callOpening, String academicSelectionDeadline, String nationalSelection,
                            String launch, String yearTwoStart, String closing) {
    }

    record ExpertDocument(String id, String name) {
    }

    record ThemeDocument(String id, String title, String description, String kind, List<String> disciplines,
                         List<ExpertDocument> experts, int capacity, String cycle, String continues) {
    }

    static CampaignDocument of(Campaign campaign) {
        Calendar c = campaign.calendar();
        return new CampaignDocument(campaign.id().value(), campaign.version(), campaign.schoolYear().toString(),
                campaign.schoolYear().startYear(), campaign.title(),
                new CalendarDocument(c.callOpening().toString(), c.academicSelectionDeadline().toString(),
                        c.nationalSelection().toString(), c.launch().toString(), c.yearTwoStart().toString(),
                        c.closing().toString()),
                campaign.themes().stream().map(CampaignDocument::of).toList(), campaign.phase().name());
    }

    private static ThemeDocument of(Theme theme) {
        return new ThemeDocument(theme.id().value(), theme.title(), theme.description(), theme.kind().name(),
                theme.disciplines(), theme.experts().stream().map(e -> new ExpertDocument(e.id(), e.name())).toList(),
                theme.capacity(), theme.cycle().name(), theme.continues() == null ? null : theme.continues().value());
    }

    Campaign toCampaign() {
        Calendar c = new Calendar(LocalDate.parse(calendar.callOpening()), LocalDate.parse(calendar.academicSelectionDeadline()),
                LocalDate.parse(calendar.nationalSelection()), LocalDate.parse(calendar.launch()),
                LocalDate.parse(calendar.yearTwoStart()), LocalDate.parse(calendar.closing()));
        return new Campaign(new CampaignId(id), new SchoolYear(schoolYearStart), title, c,
                themes.stream().map(CampaignDocument::toTheme).toList(), CampaignPhase.valueOf(phase), version);
    }

    private static Theme toTheme(ThemeDocument t) {
        return new Theme(new ThemeId(t.id()), t.title(), t.description(), ThemeKind.valueOf(t.kind()), t.disciplines(),
                t.experts().stream().map(e -> new Expert(e.id(), e.name())).toList(), t.capacity(),
                ThemeCycle.valueOf(t.cycle()), t.continues() == null ? null : new ThemeId(t.continues()));
    }
}
