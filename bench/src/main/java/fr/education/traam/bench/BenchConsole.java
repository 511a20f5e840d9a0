package fr.education.traam.bench;

import java.io.PrintStream;

/** The command line's one voice: progress and the summary go to standard output, failures to standard error. */
final class BenchConsole {

    private final PrintStream out;
    private final PrintStream err;

    BenchConsole(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void line(String text) {
        out.println(text);
    }

    void error(String text) {
        err.println(text);
    }
}
