package dev.mockloop.pack;

import java.util.List;

/**
 * The outcome of checking one pack file.
 *
 * @param file     the file's name or path as the user gave it
 * @param pack     the pack when it has no problems, else {@code null}
 * @param problems every problem found, in file order; empty when the pack is valid
 */
public record PackCheck(String file, Pack pack, List<PackProblem> problems) {

    public PackCheck {
        problems = List.copyOf(problems);
    }

    /** @return whether the pack can be used */
    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * @return the pack
     * @throws PackException carrying the problems if it is not valid
     */
    public Pack orThrow() throws PackException {
        if (!valid()) {
            throw new PackException(problems);
        }
        return pack;
    }
}
