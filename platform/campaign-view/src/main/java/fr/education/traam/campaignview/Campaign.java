package fr.education.traam.campaignview;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.kit.domain.Refused;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign as another service knows it from {@code traam.campaigns}: its school year, title, phase, calendar and
 * themes. Never asked of the campaigns service: built from its events only.
 *
 * <p>Applying an event is idempotent by construction: the view remembers the ids of the events applied to it
 * ({@code appliedEvents}), stored in the same document write as their effect (ADR 14), so a redelivery changes
 * nothing. Phases only move forward, so a late duplicate of an older phase change cannot move the view back either.
 */
public record Campaign(
        CampaignId id,
        String schoolYear,
        String title,
        CampaignCalendar calendar,
        CampaignPhase phase,
        List<Theme> themes,
        Set<String> appliedEvents,
        long version) {

    /** The version of a view not yet stored. */
    public static final long NEW = -1;

    public Campaign {
        themes = List.copyOf(themes);
        appliedEvents = Set.copyOf(appliedEvents);
    }

    /** The view a campaign's creation starts, in its draft phase. */
    public static Campaign createdBy(String eventId, CampaignCreated created) {
        return new Campaign(new CampaignId(created.campaignId()), created.schoolYear(), created.title(), created.calendar(),
                CampaignPhase.DRAFT, created.themes().stream().map(Theme::of).toList(), Set.of(eventId), NEW);
    }

    /**
     * This view after the event {@code eventId}; itself, unchanged, when it has already applied that event or
     * the event is not about this campaign.
     */
    public Campaign apply(String eventId, TraamEvent event) {
        if (appliedEvents.contains(eventId) || !id.value().equals(event.aggregateId())) {
            return this;
        }
        if (event instanceof CampaignCreated created) {
            return changed(eventId, created.schoolYear(), created.title(), created.calendar(), phase,
                    created.themes().stream().map(Theme::of).toList());
        }
        if (event instanceof ThemeAdded added) {
            return changed(eventId, schoolYear, title, calendar, phase, withTheme(added.theme()));
        }
        if (event instanceof ThemeRevised revised) {
            return changed(eventId, schoolYear, title, calendar, phase, withTheme(revised.theme()));
        }
        if (event instanceof ThemeWithdrawn withdrawn) {
            return changed(eventId, schoolYear, title, calendar, phase,
                    themes.stream().filter(theme -> !theme.id().value().equals(withdrawn.themeId())).toList());
        }
        if (event instanceof CampaignRescheduled rescheduled) {
            return changed(eventId, schoolYear, title, rescheduled.calendar(), phase, themes);
        }
        if (event instanceof CampaignPhaseAdvanced advanced) {
            CampaignPhase reached = advanced.to().compareTo(phase) > 0 ? advanced.to() : phase;
            return changed(eventId, advanced.schoolYear(), advanced.title(), calendar, reached, themes);
        }
        return this;
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** Whether académies may submit, revise or withdraw candidatures now. */
    public boolean callOpen() {
        return phase == CampaignPhase.CALL_OPEN;
    }

    public Optional<Theme> theme(ThemeId themeId) {
        return themes.stream().filter(theme -> theme.id().equals(themeId)).findFirst();
    }

    /** The theme, or the refusal every service answers for a theme the campaign does not have. */
    public Theme requireTheme(ThemeId themeId) {
        return theme(themeId).orElseThrow(() -> new Refused(CampaignViewRefusal.THEME_NOT_FOUND,
                "campaign " + id + " has no theme " + themeId));
    }

    /** Every discipline of the campaign's themes, each once, in the order the themes name them. */
    public List<String> disciplines() {
        return themes.stream().flatMap(theme -> theme.disciplines().stream()).distinct().toList();
    }

    /** Adds the theme, or replaces it in place when known: a {@code ThemeAdded} seen twice leaves one theme. */
    private List<Theme> withTheme(ThemeDetails details) {
        Theme theme = Theme.of(details);
        List<Theme> updated = new ArrayList<>(themes);
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(theme.id())) {
                updated.set(i, theme);
                return updated;
            }
        }
        updated.add(theme);
        return updated;
    }

    private Campaign changed(String eventId, String newSchoolYear, String newTitle, CampaignCalendar newCalendar,
                             CampaignPhase newPhase, List<Theme> newThemes) {
        Set<String> applied = new LinkedHashSet<>(appliedEvents);
        applied.add(eventId);
        return new Campaign(id, newSchoolYear, newTitle, newCalendar, newPhase, newThemes, applied, version);
    }
}
