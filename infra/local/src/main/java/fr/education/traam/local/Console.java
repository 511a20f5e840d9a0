package fr.education.traam.local;

import java.io.PrintStream;
import java.util.List;

/**
 * The launcher's only way to talk to the operator: results on stdout (so {@code $(./traam token …)} captures just
 * the token), everything else on stderr.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Console system() {
        return new Console(System.out, System.err);
    }

    /** A result: what the command was asked for. */
    void result(String text) {
        out.println(text);
        out.flush();
    }

    /** Progress and information for the operator. */
    void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Something went wrong, or a hint that must not end up in a captured result. */
    void error(String text) {
        err.println(text);
        err.flush();
    }

    /** Left-aligned columns, the first row being the header. */
    void table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        out.print(text);
        out.flush();
    }
}
