package dev.mockloop.ui.session;

import dev.mockloop.settings.SettingValues;
import java.util.Map;

/**
 * How the round screen is laid out, remembered between rounds and starts under the
 * settings keys {@code layout.round.*}: whether the prompt and notes panes are shown, the
 * left column's share of the body's width and the prompt's share of that column's height.
 * Plain values, no JavaFX, so reading and writing them is unit-tested.
 *
 * @param promptShown whether the prompt pane is shown
 * @param notesShown  whether the notes pane is shown
 * @param leftShare   the left column's width over the body's width, 0.15 to 0.6
 * @param promptShare the prompt pane's height over the left column's height, 0.1 to 0.9
 */
public record RoundLayout(boolean promptShown, boolean notesShown, double leftShare, double promptShare) {

    /** The settings key prefix of every value here. */
    public static final String PREFIX = "layout.round.";
    static final String PROMPT_SHOWN = PREFIX + "prompt-shown";
    static final String NOTES_SHOWN = PREFIX + "notes-shown";
    static final String LEFT_SHARE = PREFIX + "left-share";
    static final String PROMPT_SHARE = PREFIX + "prompt-share";

    /** Narrowest and widest the left column may be, as a share of the body. */
    static final double MIN_LEFT = 0.15;
    static final double MAX_LEFT = 0.6;
    /** Shortest and tallest the prompt may be, as a share of the left column. */
    static final double MIN_PROMPT = 0.1;
    static final double MAX_PROMPT = 0.9;
    private static final double DEFAULTS_LEFT = 0.30;
    private static final double DEFAULTS_PROMPT = 0.60;

    /**
     * What a new user gets: both panes, the left column at 30 % of the width (about 300 px at
     * 1024 px, room for a prompt at 14 px), the prompt over 60 % of it.
     */
    public static final RoundLayout DEFAULTS = new RoundLayout(true, true, DEFAULTS_LEFT, DEFAULTS_PROMPT);

    /** Shares outside their range are brought into it. */
    public RoundLayout {
        leftShare = clamp(leftShare, MIN_LEFT, MAX_LEFT, DEFAULTS_LEFT);
        promptShare = clamp(promptShare, MIN_PROMPT, MAX_PROMPT, DEFAULTS_PROMPT);
    }

    /**
     * @param values saved settings (any keys); missing or unreadable values take the defaults
     * @return the layout they describe
     */
    public static RoundLayout from(Map<String, String> values) {
        return new RoundLayout(SettingValues.flag(values.get(PROMPT_SHOWN), DEFAULTS.promptShown),
                SettingValues.flag(values.get(NOTES_SHOWN), DEFAULTS.notesShown),
                number(values.get(LEFT_SHARE), DEFAULTS.leftShare),
                number(values.get(PROMPT_SHARE), DEFAULTS.promptShare));
    }

    /** @return the four values under their {@code layout.round.} keys, shares with 3 decimals */
    public Map<String, String> toValues() {
        return Map.of(PROMPT_SHOWN, Boolean.toString(promptShown), NOTES_SHOWN, Boolean.toString(notesShown),
                LEFT_SHARE, String.format(java.util.Locale.ROOT, "%.3f", leftShare),
                PROMPT_SHARE, String.format(java.util.Locale.ROOT, "%.3f", promptShare));
    }

    public RoundLayout withPromptShown(boolean shown) {
        return new RoundLayout(shown, notesShown, leftShare, promptShare);
    }

    public RoundLayout withNotesShown(boolean shown) {
        return new RoundLayout(promptShown, shown, leftShare, promptShare);
    }

    public RoundLayout withLeftShare(double share) {
        return new RoundLayout(promptShown, notesShown, share, promptShare);
    }

    public RoundLayout withPromptShare(double share) {
        return new RoundLayout(promptShown, notesShown, leftShare, share);
    }

    private static double number(String value, double otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? parsed : otherwise;
        } catch (NumberFormatException unreadable) {
            return otherwise;
        }
    }

    private static double clamp(double value, double min, double max, double otherwise) {
        if (!Double.isFinite(value)) {
            return otherwise;
        }
        return Math.max(min, Math.min(max, value));
    }
}
