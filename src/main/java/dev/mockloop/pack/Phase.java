package dev.mockloop.pack;

/**
 * One step of a framework, e.g. "Requirements, 5 minutes".
 *
 * @param id      the phase's id, unique in its framework
 * @param title   shown on the phase strip
 * @param minutes the phase's budget in minutes, above 0
 * @param guide   one line on what the phase covers, shown under the timer
 * @param prompt  which of the question's prompts the phase works on
 */
public record Phase(String id, String title, double minutes, String guide, PromptKind prompt) {

    public Phase {
        prompt = prompt == null ? PromptKind.DESIGN : prompt;
    }

    /** @return the budget in ms: {@code minutes × 60,000}, rounded to the nearest ms */
    public long plannedMillis() {
        return Math.round(minutes * 60_000);
    }
}
