package fr.education.traam.dissemination.campaign;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign as the newsletter knows it from {@code traam.campaigns}: its title and its themes with their
 * disciplines, so that an opening call reaches the right edition lines.
 *
 * <p>Applying an event is idempotent by construction: the view remembers the ids of the events applied to it,
 * stored in the same document write as their effect, so a redelivery the inbox did not record (a crash between
 * effect and record) cannot bring a withdrawn theme back.
 */
public record Campaign(String id, String schoolYear, String title, List<Theme> themes, Set<String> appliedEvents, long version) {

    /** The version of a view not yet stored. */
    public static final long NEW = -1;

    public Campaign {
        themes = List.copyOf(themes);
        appliedEvents = Set.copyOf(appliedEvents);
    }

    public static Campaign createdBy(String eventId, CampaignCreated created) {
        return new Campaign(created.campaignId(), created.schoolYear(), created.title(),
                created.themes().stream().map(Theme::of).toList(), Set.of(eventId), NEW);
    }

    /** This view after the event {@code eventId}; itself when it already applied it or the event changes nothing here. */
    public Campaign apply(String eventId, TraamEvent event) {
        if (appliedEvents.contains(eventId) || !id.equals(event.aggregateId())) {
            return this;
        }
        if (event instanceof CampaignCreated created) {
            return changed(eventId, created.schoolYear(), created.title(), created.themes().stream().map(Theme::of).toList());
        }
        if (event instanceof ThemeAdded added) {
            return changed(eventId, schoolYear, title, withTheme(added.theme()));
        }
        if (event instanceof ThemeRevised revised) {
            return changed(eventId, schoolYear, title, withTheme(revised.theme()));
        }
        if (event instanceof ThemeWithdrawn withdrawn) {
            return changed(eventId, schoolYear, title, themes.stream().filter(t -> !t.id().equals(withdrawn.themeId())).toList());
        }
        if (event instanceof CampaignPhaseAdvanced advanced) {
            return changed(eventId, advanced.schoolYear(), advanced.title(), themes);
        }
        return this;
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** Every discipline of the campaign's themes, each once, in the order the themes name them. */
    public List<String> disciplines() {
        return themes.stream().flatMap(theme -> theme.disciplines().stream()).distinct().toList();
    }

    private List<Theme> withTheme(ThemeDetails details) {
        Theme theme = Theme.of(details);
        List<Theme> updated = new ArrayList<>(themes);
        int position = -1;
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(theme.id())) {
                position = i;
            }
        }
        if (position < 0) {
            updated.add(theme);
        } else {
            updated.set(position, theme);
        }
        return updated;
    }

    private Campaign changed(String eventId, String newSchoolYear, String newTitle, List<Theme> newThemes) {
        Set<String> applied = new LinkedHashSet<>(appliedEvents);
        applied.add(eventId);
        return new Campaign(id, newSchoolYear, newTitle, newThemes, applied, version);
    }
}
