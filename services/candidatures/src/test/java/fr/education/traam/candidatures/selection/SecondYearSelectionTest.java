package fr.education.traam.candidatures.selection;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.YearOneCheck;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.education.traam.candidatures.selection.NationalSelectionTest.assertRefused;
import static fr.education.traam.candidatures.selection.SelectionMother.AT;
import static fr.education.traam.candidatures.selection.SelectionMother.CLIMATE_YEAR_TWO;
import static fr.education.traam.candidatures.selection.SelectionMother.SCIENCE_EXPERT;
import static fr.education.traam.candidatures.selection.SelectionMother.applying;
import static fr.education.traam.candidatures.selection.SelectionMother.assertNoTeamOnAPublicTopic;
import static fr.education.traam.candidatures.selection.SelectionMother.campaign;
import static fr.education.traam.contract.candidatures.CandidatureKind.CONTINUATION;
import static fr.education.traam.contract.candidatures.CandidatureKind.NEW_ENTRY;
import static fr.education.traam.contract.candidatures.SelectionDecision.NOT_RETAINED;
import static fr.education.traam.contract.candidatures.SelectionDecision.SELECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A second-year theme's national selection: continuing académies carry on their first year, at least three of
 * them for the theme to go on, and new entries fill the places left.
 */
class SecondYearSelectionTest {

    private static final List<Academy> CONTINUING = List.of(Academy.LYON, Academy.GRENOBLE, Academy.DIJON, Academy.NANTES);
    private static final List<Academy> JOINING = List.of(Academy.RENNES, Academy.NICE, Academy.REIMS, Academy.CORSE);
    private static final FirstYearSelection UNKNOWN = FirstYearSelection.unknown();

    private final Campaign deciding = campaign(CampaignPhase.NATIONAL_SELECTION);
    private final List<Applicant> applicants = applicants();

    @Test
    void publication_needs_at_least_three_continuing_academies() {
        NationalSelection two = select(draft(), UNKNOWN, Academy.LYON, Academy.GRENOBLE, Academy.RENNES);

        assertRefused(() -> two.publish(deciding, SCIENCE_EXPERT, applicants, AT), SelectionRefusal.TOO_FEW_CONTINUATIONS, "at least 3");

        NationalSelection.Changed three = select(two, UNKNOWN, Academy.DIJON).publish(deciding, SCIENCE_EXPERT, applicants, AT);
        assertThat(three.events().get(three.events().size() - 2)).isInstanceOfSatisfying(NationalSelectionPublished.class,
                summary -> {
                    assertThat(summary.continuations()).isEqualTo(3);
                    assertThat(summary.selectedCount()).isEqualTo(4);
                });
    }

    @Test
    void publication_transmits_the_continuing_and_joining_teams_for_the_groups_of_the_second_year() {
        NationalSelection.Changed published = select(draft(), UNKNOWN, Academy.LYON, Academy.GRENOBLE, Academy.DIJON, Academy.RENNES)
                .publish(deciding, SCIENCE_EXPERT, applicants, AT);

        assertThat(published.events()).last().isInstanceOfSatisfying(SelectedTeamsTransmitted.class, teams -> {
            assertThat(teams.cycle()).isEqualTo(ThemeCycle.SECOND_YEAR);
            assertThat(teams.revision()).isZero();
            assertThat(teams.teams()).extracting(t -> t.academy().code(), SelectedTeam::kind).containsExactlyInAnyOrder(
                    tuple(Academy.LYON.code(), CONTINUATION), tuple(Academy.GRENOBLE.code(), CONTINUATION),
                    tuple(Academy.DIJON.code(), CONTINUATION), tuple(Academy.RENNES.code(), NEW_ENTRY));
            assertThat(teams.teams()).allSatisfy(t -> assertThat(t.team().referent().email()).startsWith("sophie.durand@"));
        });
        assertNoTeamOnAPublicTopic(published.events());
    }

    @Test
    void new_entries_fill_only_the_places_the_continuing_academies_leave() {
        NationalSelection threeNew = select(draft(), UNKNOWN, Academy.RENNES, Academy.NICE, Academy.REIMS);

        assertRefused(() -> select(threeNew, UNKNOWN, Academy.CORSE), SelectionRefusal.PLACES_KEPT_FOR_CONTINUATIONS, "keeps 3 of its 6 places");

        NationalSelection full = select(threeNew, UNKNOWN, Academy.LYON, Academy.GRENOBLE, Academy.DIJON);
        assertThat(full.selected()).hasSize(6);
        assertThat(full.continuations()).isEqualTo(3);
        assertRefused(() -> select(full, UNKNOWN, Academy.NANTES), SelectionRefusal.CAPACITY_REACHED, "at most 6");
    }

    @Test
    void a_continuation_must_have_been_selected_for_the_first_year_when_that_selection_is_known_here() {
        FirstYearSelection firstYear = FirstYearSelection.of(Set.of(Academy.LYON, Academy.GRENOBLE));

        assertRefused(() -> select(draft(), firstYear, Academy.DIJON), SelectionRefusal.NOT_IN_YEAR_ONE,
                "climat-et-donnees");
        assertThat(select(draft(), firstYear, Academy.LYON).decisionOf(Academy.LYON))
                .hasValueSatisfying(d -> assertThat(d.yearOne()).isEqualTo(YearOneCheck.VERIFIED));
    }

    @Test
    void a_continuation_whose_first_year_predates_the_platform_is_accepted_and_says_so() {
        NationalSelection.Changed published = select(draft(), UNKNOWN, Academy.LYON, Academy.GRENOBLE, Academy.DIJON)
                .publish(deciding, SCIENCE_EXPERT, applicants, AT);

        assertThat(published.events()).filteredOn(AcademySelected.class::isInstance).map(AcademySelected.class::cast)
                .extracting(AcademySelected::yearOne).containsOnly(YearOneCheck.NOT_KNOWN_HERE);
    }

    @Test
    void an_amendment_may_not_leave_fewer_than_three_continuations() {
        NationalSelection published = select(draft(), UNKNOWN, Academy.LYON, Academy.GRENOBLE, Academy.DIJON)
                .publish(deciding, SCIENCE_EXPERT, applicants, AT).selection();

        assertRefused(() -> published.amend(deciding, SCIENCE_EXPERT, applicants, Academy.LYON, NOT_RETAINED,
                "L'équipe ne peut pas continuer", UNKNOWN, AT), SelectionRefusal.TOO_FEW_CONTINUATIONS, "2 would");
        NationalSelection fourth = published.amend(deciding, SCIENCE_EXPERT, applicants, Academy.NANTES, SELECTED,
                "Une quatrième continuation", UNKNOWN, AT).selection();
        NationalSelection.Changed withoutLyon = fourth.amend(deciding, SCIENCE_EXPERT, applicants, Academy.LYON, NOT_RETAINED,
                "L'équipe ne peut pas continuer", UNKNOWN, AT);
        assertThat(withoutLyon.selection().continuations()).isEqualTo(3);
        assertThat(withoutLyon.events()).last().isInstanceOfSatisfying(SelectedTeamsTransmitted.class, teams -> {
            assertThat(teams.revision()).isEqualTo(2);
            assertThat(teams.teams()).extracting(t -> t.academy().code()).containsExactlyInAnyOrder(Academy.GRENOBLE.code(),
                    Academy.DIJON.code(), Academy.NANTES.code());
        });
        assertNoTeamOnAPublicTopic(withoutLyon.events());
    }

    private NationalSelection draft() {
        return NationalSelection.begin(deciding, CLIMATE_YEAR_TWO);
    }

    private NationalSelection select(NationalSelection selection, FirstYearSelection firstYear, Academy... academies) {
        NationalSelection selected = selection;
        for (Academy academy : academies) {
            selected = selected.decide(deciding, SCIENCE_EXPERT, applicants, academy, SELECTED, "Retenue : " + academy.label(),
                    firstYear, AT).selection();
        }
        return selected;
    }

    private static List<Applicant> applicants() {
        List<Applicant> all = new ArrayList<>(applying(CONTINUATION, CONTINUING));
        all.addAll(applying(NEW_ENTRY, JOINING));
        return all;
    }
}
