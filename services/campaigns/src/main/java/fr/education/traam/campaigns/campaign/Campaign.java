package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.kit.domain.Refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A yearly TraAM campaign: its themes, its calendar and the phase it is in. It guards its own transitions:
 * each method checks the current phase and returns the new state with the events the change caused.
 */
public record Campaign(
        CampaignId id,
        SchoolYear schoolYear,
        String title,
        Calendar calendar,
        List<Theme> themes,
        CampaignPhase phase,
        long version) {

    /** Themes may be revised until the national selection starts: applicants must know what they apply to. */
    private static final Set<CampaignPhase> THEMES_REVISABLE = EnumSet.of(CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN);

    public Campaign {
        themes = List.copyOf(themes);
        if (title == null || title.isBlank()) {
            throw Refused.invalid("title", "a campaign needs a title");
        }
        if (themes.stream().map(Theme::id).distinct().count() != themes.size()) {
            throw Refused.invalid("themes", "two themes share one id");
        }
    }

    /** A new campaign starts as a draft, whatever its dates say: the calendar moves it on from there. */
    public static Changed draft(CampaignId id, SchoolYear schoolYear, String title, Calendar calendar,
                                List<Theme> themes, String by) {
        Campaign campaign = new Campaign(id, schoolYear, title, calendar, themes, CampaignPhase.DRAFT, 0);
        return new Changed(campaign, List.of(new CampaignCreated(id.value(), schoolYear.toString(), title,
                calendar.toContract(), themes.stream().map(Theme::toContract).toList(), by)));
    }

    public Optional<Theme> theme(ThemeId themeId) {
        return themes.stream().filter(theme -> theme.id().equals(themeId)).findFirst();
    }

    public Changed addTheme(Theme theme, String by) {
        requirePhase(EnumSet.of(CampaignPhase.DRAFT), "themes are added while the campaign is a draft");
        if (theme(theme.id()).isPresent()) {
            throw new Refused(CampaignRefusal.THEME_EXISTS, "campaign " + id + " already has a theme " + theme.id());
        }
        List<Theme> added = new ArrayList<>(themes);
        added.add(theme);
        return new Changed(withThemes(added), List.of(new ThemeAdded(id.value(), theme.toContract(), by)));
    }

    public Changed reviseTheme(Theme revised, String by) {
        requirePhase(THEMES_REVISABLE, "themes are revised until the call closes");
        Theme current = requireTheme(revised.id());
        if (current.equals(revised)) {
            return new Changed(this, List.of());
        }
        List<Theme> updated = themes.stream().map(theme -> theme.id().equals(revised.id()) ? revised : theme).toList();
        return new Changed(withThemes(updated), List.of(new ThemeRevised(id.value(), revised.toContract(), by)));
    }

    public Changed withdrawTheme(ThemeId themeId, String by) {
        requirePhase(EnumSet.of(CampaignPhase.DRAFT), "themes are withdrawn while the campaign is a draft");
        requireTheme(themeId);
        List<Theme> remaining = themes.stream().filter(theme -> !theme.id().equals(themeId)).toList();
        return new Changed(withThemes(remaining), List.of(new ThemeWithdrawn(id.value(), themeId.value(), by)));
    }

    /** Moves the dates of phases not yet reached; the dates of phases already entered are history. */
    public Changed reschedule(Calendar newCalendar, String by) {
        if (phase == CampaignPhase.CLOSED) {
            throw new Refused(CampaignRefusal.CAMPAIGN_CLOSED, "campaign " + id + " is closed");
        }
        Set<CampaignPhase> reachedPhases = phase == CampaignPhase.DRAFT ? Set.of() : EnumSet.range(CampaignPhase.CALL_OPEN, phase);
        for (CampaignPhase reached : reachedPhases) {
            if (!calendar.startOf(reached).equals(newCalendar.startOf(reached))) {
                throw new Refused(CampaignRefusal.PHASE_ALREADY_REACHED, "calendar." + Calendar.fieldOf(reached),
                        "the campaign is already in " + phase + ": the date that started " + reached + " cannot move");
            }
        }
        if (calendar.equals(newCalendar)) {
            return new Changed(this, List.of());
        }
        return new Changed(new Campaign(id, schoolYear, title, newCalendar, themes, phase, version),
                List.of(new CampaignRescheduled(id.value(), newCalendar.toContract(), by)));
    }

    /** A DNE expert moves the campaign to its next phase, ahead of the calendar if need be. */
    public Changed advanceTo(CampaignPhase target, LocalDate today, String by) {
        CampaignPhase next = nextPhase().orElseThrow(() -> new Refused(CampaignRefusal.CAMPAIGN_CLOSED, "campaign " + id + " is closed"));
        if (target != next) {
            throw new Refused(CampaignRefusal.INVALID_PHASE_TRANSITION, "campaign " + id + " is in " + phase + ": it can only move to " + next + ", not to " + target);
        }
        return step(next, today, AdvanceTrigger.EXPERT, by);
    }

    /**
     * Catches up with the calendar on {@code today}: enters every phase whose date has passed, one event
     * each, dated by the calendar. A draft without themes stays a draft: there is nothing to call for.
     */
    public Changed followCalendar(LocalDate today) {
        Campaign current = this;
        List<TraamEvent> events = new ArrayList<>();
        Optional<CampaignPhase> next = current.nextPhase();
        while (next.isPresent() && !calendar.startOf(next.get()).orElseThrow().isAfter(today)) {
            if (current.phase == CampaignPhase.DRAFT && themes.isEmpty()) {
                break;
            }
            Changed step = current.step(next.get(), calendar.startOf(next.get()).orElseThrow(), AdvanceTrigger.CALENDAR, null);
            current = step.campaign();
            events.addAll(step.events());
            next = current.nextPhase();
        }
        return new Changed(current, events);
    }

    public Optional<CampaignPhase> nextPhase() {
        CampaignPhase[] phases = CampaignPhase.values();
        return phase.ordinal() + 1 < phases.length ? Optional.of(phases[phase.ordinal() + 1]) : Optional.empty();
    }

    private Changed step(CampaignPhase next, LocalDate effectiveOn, AdvanceTrigger trigger, String by) {
        if (phase == CampaignPhase.DRAFT && themes.isEmpty()) {
            throw new Refused(CampaignRefusal.CAMPAIGN_WITHOUT_THEMES, "campaign " + id + " has no theme: a call needs at least one");
        }
        Campaign advanced = new Campaign(id, schoolYear, title, calendar, themes, next, version);
        return new Changed(advanced, List.of(new CampaignPhaseAdvanced(id.value(), schoolYear.toString(), title,
                phase, next, effectiveOn, trigger, by)));
    }

    private Theme requireTheme(ThemeId themeId) {
        return theme(themeId).orElseThrow(() -> new Refused(CampaignRefusal.THEME_NOT_FOUND, "campaign " + id + " has no theme " + themeId));
    }

    private void requirePhase(Set<CampaignPhase> allowed, String rule) {
        if (!allowed.contains(phase)) {
            throw new Refused(CampaignRefusal.INVALID_PHASE, "campaign " + id + " is in " + phase + ": " + rule);
        }
    }

    private Campaign withThemes(List<Theme> newThemes) {
        return new Campaign(id, schoolYear, title, calendar, newThemes, phase, version);
    }


    /** A campaign after a change, with the events the change caused (none when nothing changed). */
    public record Changed(Campaign campaign, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }
}
