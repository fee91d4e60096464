package dev.mockloop.pack;

import java.util.List;

/**
 * The ordered plan of a round: its phases and the minutes each gets.
 *
 * @param id     unique in its pack
 * @param title  shown when choosing a round
 * @param source where the phase minutes come from, or {@code null}
 * @param phases the phases in order, at least one
 */
public record Framework(String id, String title, String source, List<Phase> phases) {

    public Framework {
        phases = List.copyOf(phases);
    }

    /** @return the sum of the phases' budgets in ms */
    public long plannedMillis() {
        return phases.stream().mapToLong(Phase::plannedMillis).sum();
    }

    /** @return whether any phase works on the behavioral prompt */
    public boolean hasBehavioralPhase() {
        return phases.stream().anyMatch(p -> p.prompt() == PromptKind.BEHAVIORAL);
    }
}
