package fr.education.traam.candidatures.fileimport;

import java.util.ArrayList;
import java.util.List;

/**
 * How far an import got. {@code rowsExpected} comes from the first pass over the file, so validation progress
 * is {@code rowsRead / rowsExpected}; applying goes theme by theme.
 */
public record ImportCounts(int rowsExpected, int rowsRead, int rowsValid, int rowsInvalid, int themes, int themesApplied,
                           int candidaturesCreated, int candidaturesRevised, int candidaturesWithdrawn,
                           List<String> withdrawnThemeIds) {

    public ImportCounts {
        withdrawnThemeIds = List.copyOf(withdrawnThemeIds);
    }

    public static ImportCounts expecting(int rows) {
        return new ImportCounts(rows, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    ImportCounts read(int read, int valid, int invalid) {
        return new ImportCounts(rowsExpected, read, valid, invalid, themes, themesApplied, candidaturesCreated,
                candidaturesRevised, candidaturesWithdrawn, withdrawnThemeIds);
    }

    ImportCounts themes(int count) {
        return new ImportCounts(rowsExpected, rowsRead, rowsValid, rowsInvalid, count, themesApplied, candidaturesCreated,
                candidaturesRevised, candidaturesWithdrawn, withdrawnThemeIds);
    }

    ImportCounts applied() {
        return new ImportCounts(rowsExpected, rowsRead, rowsValid, rowsInvalid, themes, themesApplied + 1,
                candidaturesCreated, candidaturesRevised, candidaturesWithdrawn, withdrawnThemeIds);
    }

    ImportCounts settled(int applied, int created, int revised) {
        return new ImportCounts(rowsExpected, rowsRead, rowsValid, rowsInvalid, themes, applied, created, revised,
                candidaturesWithdrawn, withdrawnThemeIds);
    }

    ImportCounts withdrew(String themeId) {
        List<String> withdrawn = new ArrayList<>(withdrawnThemeIds);
        withdrawn.add(themeId);
        return new ImportCounts(rowsExpected, rowsRead, rowsValid, rowsInvalid, themes, themesApplied, candidaturesCreated,
                candidaturesRevised, candidaturesWithdrawn + 1, withdrawn);
    }
}
