package fr.education.traam.candidatures.fileimport;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.header;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.row;
import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.table;
import static org.assertj.core.api.Assertions.assertThat;

/** The first pass: what makes a file unimportable whatever its values. */
class DedicatedFileScanTest {

    @Test
    void a_file_with_the_template_s_columns_in_any_order_passes() {
        List<List<String>> table = table(List.of(row("ia-et-ecriture", "Projet")));
        List<List<String>> reversed = table.stream().map(r -> {
            List<String> copy = new ArrayList<>(r);
            java.util.Collections.reverse(copy);
            return copy;
        }).toList();

        assertThat(scan(reversed, 10).isEmpty()).isTrue();
    }

    @Test
    void a_missing_an_unknown_and_a_duplicated_column_are_each_named() {
        List<String> names = new ArrayList<>(header());
        names.remove("cardie_email");
        names.add("budget");
        names.add("theme_id");

        ValidationReport report = scan(List.of(names, names), 10);

        assertThat(report.entries()).extracting(RowProblem::row, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, "budget"), org.assertj.core.groups.Tuple.tuple(1, "theme_id"),
                org.assertj.core.groups.Tuple.tuple(1, "cardie_email"));
    }

    @Test
    void formulas_injections_oversized_cells_and_cells_beyond_the_header_are_cell_problems() {
        List<List<String>> table = new ArrayList<>(table(List.of(
                DedicatedFileMother.with(row("t", "Titre"), DedicatedFileColumn.PROJECT_TITLE, "=HYPERLINK(\"http://x\")"),
                DedicatedFileMother.with(row("t", "Titre"), DedicatedFileColumn.PROJECT_SUMMARY, "x".repeat(5001)),
                DedicatedFileMother.with(row("t", "Titre"), DedicatedFileColumn.DISCIPLINES, "  @SUM(A1)"))));
        List<String> wide = new ArrayList<>(table(List.of(row("t", "Titre"))).get(1));
        wide.add("de trop");
        table.add(wide);

        ValidationReport report = new ValidationReport(100);
        DedicatedFileScan scan = new DedicatedFileScan(10, report);
        for (int i = 0; i < table.size(); i++) {
            scan.row(new SheetRow(i + 1, table.get(i), i == 1 ? Set.of(4) : Set.of()));
        }
        scan.finish();

        assertThat(report.entries()).extracting(p -> p.row() + " " + p.column()).containsExactlyInAnyOrder(
                "2 project_title", "2 disciplines", "3 project_summary", "4 disciplines", "5 (column 16)");
        assertThat(report.entries()).filteredOn(p -> p.row() == 2 && p.column().equals("disciplines"))
                .singleElement().satisfies(p -> assertThat(p.problem()).contains("formula"));
    }

    @Test
    void an_empty_file_a_header_alone_and_too_many_rows_are_refused() {
        assertThat(scan(List.of(), 10).entries()).singleElement().satisfies(p -> assertThat(p.problem()).contains("empty"));
        assertThat(scan(List.of(header()), 10).entries()).singleElement().satisfies(p -> assertThat(p.problem()).contains("no project row"));
        List<List<String>> four = table(List.of(row("t", "1"), row("t", "2"), row("t", "3"), row("t", "4")));
        assertThat(scan(four, 3).entries()).singleElement().satisfies(p -> assertThat(p.problem()).contains("more than 3"));
    }

    @Test
    void blank_rows_are_not_project_rows() {
        List<List<String>> table = new ArrayList<>(table(List.of(row("t", "1"))));
        table.add(List.of("", " ", ""));
        DedicatedFileScan scan = new DedicatedFileScan(10, new ValidationReport(10));
        for (int i = 0; i < table.size(); i++) {
            scan.row(new SheetRow(i + 1, table.get(i), Set.of()));
        }

        assertThat(scan.finish().isEmpty()).isTrue();
        assertThat(scan.rows()).isEqualTo(1);
    }

    @Test
    void a_report_keeps_its_first_entries_and_counts_them_all() {
        ValidationReport report = new ValidationReport(2);
        for (int row = 2; row < 7; row++) {
            report.add(RowProblem.cell(row, DedicatedFileColumn.THEME_ID, "required"));
        }

        assertThat(report.entries()).hasSize(2);
        assertThat(report.total()).isEqualTo(5);
    }

    private static ValidationReport scan(List<List<String>> table, int maxRows) {
        DedicatedFileScan scan = new DedicatedFileScan(maxRows, new ValidationReport(100));
        for (int i = 0; i < table.size(); i++) {
            if (!scan.row(new SheetRow(i + 1, table.get(i), Set.of()))) {
                break;
            }
        }
        return scan.finish();
    }
}
