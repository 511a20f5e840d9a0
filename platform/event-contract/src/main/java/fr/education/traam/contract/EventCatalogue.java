package fr.education.traam.contract;

import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.contract.candidatures.AcademicSelectionFiled;
import fr.education.traam.contract.candidatures.AcademyNotRetained;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.candidatures.CandidatureRevised;
import fr.education.traam.contract.candidatures.CandidatureSubmitted;
import fr.education.traam.contract.candidatures.CandidatureWithdrawn;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.contract.dissemination.NewsletterEditionPublished;
import fr.education.traam.contract.groups.GroupCompositionChanged;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.ProgressReported;
import fr.education.traam.contract.groups.WorkCalendarPublished;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.contract.groups.WorkingGroupFormed;
import fr.education.traam.contract.groups.WorkspaceChanged;
import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionWithdrawn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the platform. A type that is not listed here cannot be published or read: the
 * contract tests check that each one has a schema and appears in the AsyncAPI document.
 */
public final class EventCatalogue {

    private static final List<EventDefinition> DEFINITIONS = List.of(
            EventDefinition.of("campaigns", "campaign-created", 1, CampaignCreated.class, Topics.CAMPAIGNS),
            EventDefinition.of("campaigns", "theme-added", 1, ThemeAdded.class, Topics.CAMPAIGNS),
            EventDefinition.of("campaigns", "theme-revised", 1, ThemeRevised.class, Topics.CAMPAIGNS),
            EventDefinition.of("campaigns", "theme-withdrawn", 1, ThemeWithdrawn.class, Topics.CAMPAIGNS),
            EventDefinition.of("campaigns", "campaign-rescheduled", 1, CampaignRescheduled.class, Topics.CAMPAIGNS),
            EventDefinition.of("campaigns", "campaign-phase-advanced", 1, CampaignPhaseAdvanced.class, Topics.CAMPAIGNS),
            EventDefinition.of("candidatures", "candidature-submitted", 1, CandidatureSubmitted.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "candidature-revised", 1, CandidatureRevised.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "candidature-withdrawn", 1, CandidatureWithdrawn.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "academic-selection-filed", 1, AcademicSelectionFiled.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "academy-selected", 2, AcademySelected.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "academy-not-retained", 1, AcademyNotRetained.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "national-selection-published", 1, NationalSelectionPublished.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "selection-amended", 2, SelectionAmended.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "national-selection-amended", 1, NationalSelectionAmended.class, Topics.CANDIDATURES),
            EventDefinition.of("candidatures", "selected-teams-transmitted", 1, SelectedTeamsTransmitted.class, Topics.CANDIDATURE_TEAMS),
            EventDefinition.of("groups", "working-group-formed", 1, WorkingGroupFormed.class, Topics.GROUPS),
            EventDefinition.of("groups", "group-composition-changed", 1, GroupCompositionChanged.class, Topics.GROUPS),
            EventDefinition.of("groups", "member-joined", 1, MemberJoined.class, Topics.GROUPS),
            EventDefinition.of("groups", "member-left", 1, MemberLeft.class, Topics.GROUPS),
            EventDefinition.of("groups", "working-group-continued", 1, WorkingGroupContinued.class, Topics.GROUPS),
            EventDefinition.of("groups", "working-group-closed", 1, WorkingGroupClosed.class, Topics.GROUPS),
            EventDefinition.of("groups", "work-calendar-published", 1, WorkCalendarPublished.class, Topics.GROUPS),
            EventDefinition.of("groups", "progress-reported", 1, ProgressReported.class, Topics.GROUPS),
            EventDefinition.of("groups", "workspace-changed", 1, WorkspaceChanged.class, Topics.GROUPS),
            EventDefinition.of("groups", "member-identified", 1, MemberIdentified.class, Topics.GROUP_PEOPLE),
            EventDefinition.of("groups", "member-erased", 1, MemberErased.class, Topics.GROUP_PEOPLE),
            EventDefinition.of("productions", "production-drafted", 1, ProductionDrafted.class, Topics.PRODUCTIONS),
            EventDefinition.of("productions", "production-revised", 1, ProductionRevised.class, Topics.PRODUCTIONS),
            EventDefinition.of("productions", "production-submitted", 1, ProductionSubmitted.class, Topics.PRODUCTIONS),
            EventDefinition.of("productions", "production-changes-requested", 1, ProductionChangesRequested.class, Topics.PRODUCTIONS),
            EventDefinition.of("productions", "production-approved", 1, ProductionApproved.class, Topics.PRODUCTIONS),
            EventDefinition.of("productions", "production-published", 1, ProductionPublished.class, Topics.PRODUCTIONS),
            EventDefinition.of("productions", "production-withdrawn", 1, ProductionWithdrawn.class, Topics.PRODUCTIONS),
            EventDefinition.of("dissemination", "newsletter-edition-published", 1, NewsletterEditionPublished.class, Topics.DISSEMINATION));

    private static final Map<String, EventDefinition> BY_TYPE = DEFINITIONS.stream()
            .collect(Collectors.toUnmodifiableMap(EventDefinition::type, Function.identity()));

    private static final Map<Class<? extends TraamEvent>, EventDefinition> BY_CLASS = DEFINITIONS.stream()
            .collect(Collectors.toUnmodifiableMap(EventDefinition::javaType, Function.identity()));

    private EventCatalogue() {
    }

    public static List<EventDefinition> all() {
        return DEFINITIONS;
    }

    public static Optional<EventDefinition> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventDefinition of(Class<? extends TraamEvent> javaType) {
        EventDefinition definition = BY_CLASS.get(javaType);
        if (definition == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not in the event catalogue");
        }
        return definition;
    }

    public static EventDefinition of(TraamEvent event) {
        return of(event.getClass());
    }
}
