package dev.mockloop.attempt;

/**
 * The overall hire recommendation a user gives their own round, on the five-point
 * scale most interview loops use.
 *
 * <p>Saved attempts store the constant's {@link #name()}, and the schema lists the names
 * it accepts: renaming or removing a constant needs a schema migration.
 */
public enum Verdict {
    STRONG_NO_HIRE("Strong no hire"),
    NO_HIRE("No hire"),
    LEAN_HIRE("Lean hire"),
    HIRE("Hire"),
    STRONG_HIRE("Strong hire");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** @return the label shown to the user, e.g. "Lean hire" */
    public String label() {
        return label;
    }
}
