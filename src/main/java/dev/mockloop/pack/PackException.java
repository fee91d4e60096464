package dev.mockloop.pack;

import java.util.List;

/**
 * Thrown when a pack file cannot be used: it is not valid JSON, breaks the schema or
 * breaks a rule (duplicate ids, unresolved references), or an import is refused.
 * Carries every problem found, each with its file, line and column.
 */
public class PackException extends Exception {

    private final List<PackProblem> problems;

    /** @param problems at least one problem */
    public PackException(List<PackProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return a single problem with no location, e.g. for an unreadable file */
    public static PackException of(String file, String message) {
        return new PackException(List.of(new PackProblem(file, 0, 0, "", message)));
    }

    /** @return every problem, in file order */
    public List<PackProblem> problems() {
        return problems;
    }

    private static String summary(List<PackProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PackException needs at least one problem");
        }
        String first = problems.get(0).format();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
