package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.contract.candidatures.CandidatureKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.education.traam.candidatures.fileimport.DedicatedFileColumn.*;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.row;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The value rules of the dedicated file's rows, and how the rows of one theme make one candidature. */
class RowRulesTest {

    private static final String AI = CandidatureMother.AI_AND_WRITING.value();
    private static final String CLIMATE = CandidatureMother.CLIMATE_YEAR_TWO.value();

    private final Campaign campaign = CandidatureMother.openCall("campaign-2027");
    private final RowRules rules = new RowRules(campaign, CandidatureMother.DOMAINS);

    @Test
    void the_template_s_example_row_is_a_valid_project_with_its_team() {
        ValidationReport report = new ValidationReport(10);

        Optional<ProposedRow> row = rules.read(fileRow(2, row(AI, "Écrire avec l'IA")), report);

        assertThat(report.isEmpty()).as("%s", report.entries()).isTrue();
        assertThat(row).hasValueSatisfying(valid -> {
            assertThat(valid.kind()).isEqualTo(CandidatureKind.APPLICATION);
            assertThat(valid.project().disciplines()).containsExactly("Lettres", "Philosophie");
            assertThat(valid.project().crcnCompetences()).containsExactly("2.3", "3.1");
            assertThat(valid.teachers()).hasSize(3);
        });
    }

    @Test
    void every_bad_cell_of_a_row_is_named_by_its_column() {
        Map<DedicatedFileColumn, String> bad = row("theme-inconnu", "");
        bad = with(bad, DISCIPLINES, "Lettres; Astrologie");
        bad = with(bad, SCHOOL_LEVELS, "LYCEE");
        bad = with(bad, CRCN_COMPETENCES, "3.1; 6.2");
        bad = with(bad, INSPECTOR_EMAIL, "helene.robert@gmail.com");
        bad = with(bad, INSPECTOR_CORPS, "RECTEUR");
        bad = with(bad, TEACHERS, "Paul Martin paul.martin@ac-lyon.fr");
        bad = with(bad, CARDIE_EMAIL, "luc.moreau");
        ValidationReport report = new ValidationReport(100);

        assertThat(rules.read(fileRow(7, bad), report)).isEmpty();

        assertThat(report.entries()).allSatisfy(p -> assertThat(p.row()).isEqualTo(7));
        assertThat(report.entries()).extracting(RowProblem::column).containsExactlyInAnyOrder("theme_id", "project_title",
                "disciplines", "school_levels", "crcn_competences", "inspector_email", "inspector_corps", "teachers", "cardie_email");
    }

    @Test
    void a_row_naming_an_unknown_discipline_is_refused_with_the_reason_and_known_ones_become_canonical() {
        ValidationReport report = new ValidationReport(10);

        Optional<ProposedRow> aliases = rules.read(fileRow(2, with(row(AI, "Projet A"), DISCIPLINES, "svt; maths ;SVT")), report);
        Optional<ProposedRow> unknown = rules.read(fileRow(3, with(row(AI, "Projet B"), DISCIPLINES, "Lettres; Astrologie")), report);

        assertThat(aliases).hasValueSatisfying(valid ->
                assertThat(valid.project().disciplines()).containsExactly("Sciences de la vie et de la Terre", "Mathématiques"));
        assertThat(unknown).isEmpty();
        assertThat(report.entries()).singleElement().satisfies(problem -> {
            assertThat(problem.row() + " " + problem.column()).isEqualTo("3 disciplines");
            assertThat(problem.problem()).contains("Astrologie").contains("/api/campaigns/disciplines").doesNotContain("Lettres");
        });
    }

    @Test
    void the_kind_must_fit_the_theme_s_year() {
        ValidationReport report = new ValidationReport(10);

        assertThat(rules.read(fileRow(2, row(CLIMATE, "Suite")), report)).isEmpty();
        assertThat(rules.read(fileRow(3, with(row(CLIMATE, "Suite"), KIND, "continuation")), report))
                .hasValueSatisfying(valid -> assertThat(valid.kind()).isEqualTo(CandidatureKind.CONTINUATION));
        assertThat(rules.read(fileRow(4, with(row(AI, "Nouveau"), KIND, "NEW_ENTRY")), report)).isEmpty();

        assertThat(report.entries()).extracting(p -> p.row() + " " + p.column()).containsExactly("2 kind", "4 kind");
    }

    @Test
    void rows_of_one_theme_are_one_candidature_with_their_projects_and_their_teachers_united() {
        ValidationReport report = new ValidationReport(10);
        DedicatedFile file = new DedicatedFile();
        add(file, 2, row(AI, "Projet A"), report);
        add(file, 3, with(row(AI, "Projet B"), TEACHERS, "Paul Martin <paul.martin@ac-lyon.fr>; Zoé Roux <zoe.roux@ac-lyon.fr>"), report);
        add(file, 4, with(row(CLIMATE, "Suite"), KIND, "CONTINUATION"), report);

        List<ThemeProposal> proposals = file.proposals(report);

        assertThat(report.isEmpty()).as("%s", report.entries()).isTrue();
        assertThat(proposals).extracting(p -> p.themeId().value()).containsExactly(AI, CLIMATE);
        Proposal ai = proposals.get(0).proposal();
        assertThat(ai.projects()).extracting(p -> p.title()).containsExactly("Projet A", "Projet B");
        assertThat(ai.team().teachers()).extracting(t -> t.email().value()).containsExactly("paul.martin@ac-lyon.fr",
                "ines.benali@ac-lyon.fr", "marc.petit@ac-lyon.fr", "zoe.roux@ac-lyon.fr");
    }

    @Test
    void the_group_of_a_theme_is_the_same_on_each_of_its_rows() {
        ValidationReport report = new ValidationReport(10);
        DedicatedFile file = new DedicatedFile();
        add(file, 2, row(AI, "Projet A"), report);
        add(file, 3, with(with(row(AI, "Projet B"), REFERENT_EMAIL, "autre.referent@ac-lyon.fr"), INSPECTOR_CORPS, "IEN_EG"), report);

        file.proposals(report);

        assertThat(report.entries()).extracting(p -> p.row() + " " + p.column()).containsExactlyInAnyOrder(
                "3 referent_email", "3 inspector_corps");
        assertThat(report.entries()).allSatisfy(p -> assertThat(p.problem()).contains("row 2"));
    }

    @Test
    void a_theme_whose_rows_name_fewer_than_three_teachers_in_all_is_reported_on_its_first_row() {
        ValidationReport report = new ValidationReport(10);
        DedicatedFile file = new DedicatedFile();
        add(file, 5, with(row(AI, "Projet A"), TEACHERS, "Paul Martin <paul.martin@ac-lyon.fr>"), report);

        assertThat(file.proposals(report)).isEmpty();
        assertThat(report.entries()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("teachers");
        });
    }

    @Test
    void a_theme_holds_at_most_a_hundred_projects() {
        ValidationReport report = new ValidationReport(10);
        DedicatedFile file = new DedicatedFile();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i <= Proposal.MAXIMUM_PROJECTS; i++) {
            rows.add(i + 2);
            add(file, i + 2, row(AI, "Projet " + i), report);
        }

        assertThat(report.entries()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(rows.get(rows.size() - 1));
            assertThat(p.column()).isEqualTo("theme_id");
        });
    }

    private void add(DedicatedFile file, int number, Map<DedicatedFileColumn, String> cells, ValidationReport report) {
        rules.read(fileRow(number, cells), report).ifPresent(valid -> file.add(valid, report));
    }

    private static FileRow fileRow(int number, Map<DedicatedFileColumn, String> cells) {
        return new FileRow(number, cells);
    }
}
