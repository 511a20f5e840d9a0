package fr.education.traam.web.selection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionBoardTest {

    private static final SelectionJson.Academy LYON = new SelectionJson.Academy("10", "Lyon", "Auvergne-Rhône-Alpes");
    private static final SelectionJson.Academy GRENOBLE = new SelectionJson.Academy("08", "Grenoble", "Auvergne-Rhône-Alpes");

    private static SelectionJson.Sheet sheet(String status, String cycle, SelectionJson.Applicant... applicants) {
        return new SelectionJson.Sheet("s", "c", "ia", cycle, 6, status, 0, 0, List.of(applicants), List.of(), null, null, 3);
    }

    private static SelectionJson.Candidature candidature(String id, SelectionJson.Academy academy, int teachers, String... projects) {
        List<SelectionJson.Member> names = java.util.stream.IntStream.range(0, teachers).mapToObj(i -> new SelectionJson.Member("T" + i)).toList();
        return new SelectionJson.Candidature(id, academy, "APPLICATION", "SUBMITTED",
                java.util.Arrays.stream(projects).map(t -> new SelectionJson.Project(t, "")).toList(),
                new SelectionJson.Team(new SelectionJson.Member("I"), names, new SelectionJson.Member("R"), new SelectionJson.Member("C")));
    }

    @Test
    void a_card_per_applicant_with_its_projects_team_size_and_decision() {
        SelectionBoard board = SelectionBoard.of("NATIONAL_SELECTION", "IA et écriture", sheet("DRAFT", "FIRST_YEAR",
                        new SelectionJson.Applicant(GRENOBLE, "g", "APPLICATION", null, null, null, null, null),
                        new SelectionJson.Applicant(LYON, "l", "APPLICATION", "SELECTED", "Équipe solide", null, "expert-lettres", null)),
                List.of(candidature("l", LYON, 3, "Écrire avec l'IA"), candidature("g", GRENOBLE, 4, "Débattre", "Lire")), "\"3\"");

        assertThat(board.cards()).extracting(SelectionBoard.Card::academyName).containsExactly("Grenoble", "Lyon");
        SelectionBoard.Card grenoble = board.cards().get(0);
        assertThat(grenoble.projects()).containsExactly("Débattre", "Lire");
        assertThat(grenoble.teamSize()).as("inspector, four teachers, referent, CARDIE").isEqualTo(7);
        assertThat(grenoble.decisionLabel()).isEqualTo("Pas encore décidée");
        assertThat(board.cards().get(1).decisionLabel()).isEqualTo("Retenue");
        assertThat(board.undecided()).containsExactly("Grenoble");
        assertThat(board.version()).isEqualTo("\"3\"");
        assertThat(board.canDecide()).isTrue();
        assertThat(board.canAmend()).isFalse();
    }

    @Test
    void the_seats_are_filled_by_the_selected_académies_in_order_the_rest_empty() {
        SelectionBoard board = SelectionBoard.of("NATIONAL_SELECTION", "IA", sheet("DRAFT", "FIRST_YEAR",
                new SelectionJson.Applicant(GRENOBLE, "g", "APPLICATION", "NOT_RETAINED", "Trop tôt", null, null, null),
                new SelectionJson.Applicant(LYON, "l", "APPLICATION", "SELECTED", "Solide", null, null, null)), List.of(), null);

        assertThat(board.seats()).hasSize(6);
        assertThat(board.seats().get(0).academyName()).isEqualTo("Lyon");
        assertThat(board.seats().subList(1, 6)).allMatch(SelectionBoard.Seat::empty);
        assertThat(board.filledSeats()).isEqualTo(1);
    }

    @Test
    void after_publication_amendments_until_year_one_and_no_more_decisions() {
        SelectionJson.Sheet published = new SelectionJson.Sheet("s", "c", "ia", "SECOND_YEAR", 6, "PUBLISHED", 1, 1,
                List.of(new SelectionJson.Applicant(LYON, "l", "CONTINUATION", "SELECTED", "Suite", "NOT_KNOWN_HERE", null, null)),
                List.of(new SelectionJson.Amendment(GRENOBLE, "NOT_RETAINED", "SELECTED", "Erreur de saisie", "expert-lettres", null)),
                "expert-lettres", null, 5);

        SelectionBoard selection = SelectionBoard.of("LAUNCH_PREPARATION", "IA 2", published, List.of(), "\"5\"");
        assertThat(selection.canDecide()).isFalse();
        assertThat(selection.canAmend()).isTrue();
        assertThat(selection.secondYear()).isTrue();
        assertThat(selection.cards().get(0).kindLabel()).isEqualTo("Continuation (deuxième année)");
        assertThat(selection.cards().get(0).yearOneLabel()).isEqualTo("première année antérieure à la plateforme");
        assertThat(selection.amendments().get(0).fromLabel()).isEqualTo("Non retenue");
        assertThat(selection.amendments().get(0).toLabel()).isEqualTo("Retenue");
        assertThat(SelectionBoard.of("YEAR_ONE", "IA 2", published, List.of(), null).canAmend()).as("year one started").isFalse();
    }

    @Test
    void outside_the_national_selection_phase_nothing_is_decided() {
        assertThat(SelectionBoard.of("CALL_OPEN", "IA", sheet("DRAFT", "FIRST_YEAR"), List.of(), null).canDecide()).isFalse();
    }
}
