package dev.mockloop.cli;

import dev.mockloop.pack.PackProblem;
import java.io.PrintStream;
import java.util.List;

/**
 * The closing line every command prints, {@code N packs, M questions, K problems}, and
 * the exit code that goes with it: the conventions {@code validate} set.
 */
final class Tally {

    /** Exit code when all went well. */
    static final int OK = 0;
    /** Exit code when a pack had a problem, or something asked for was not done. */
    static final int PROBLEMS = 1;
    /** Exit code for a usage error. */
    static final int USAGE = 2;

    private final PrintStream out;
    private int packs;
    private int questions;
    private int problems;

    Tally(PrintStream out) {
        this.out = out;
    }

    void pack(int questionCount) {
        packs++;
        questions += questionCount;
    }

    /** Prints each problem as {@code file:line:col: message} and counts it. */
    void problems(List<PackProblem> found) {
        found.forEach(p -> out.println(p.format()));
        problems += found.size();
    }

    void problem(PackProblem found) {
        problems(List.of(found));
    }

    /** Prints the closing line and returns the exit code. */
    int finish() {
        out.println(packs + plural(packs, " pack") + ", " + questions + plural(questions, " question") + ", "
                + problems + plural(problems, " problem"));
        return problems == 0 ? OK : PROBLEMS;
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
