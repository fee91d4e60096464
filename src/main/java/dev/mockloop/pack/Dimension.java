package dev.mockloop.pack;

import java.util.Map;

/**
 * One rubric dimension with what each score level looks like.
 *
 * @param id     unique in its rubric
 * @param title  e.g. "Requirements and scope"
 * @param levels descriptors keyed by level 1 (below the bar) to 4 (well above it)
 */
public record Dimension(String id, String title, Map<Integer, String> levels) {

    public Dimension {
        levels = Map.copyOf(levels);
    }

    /**
     * @param level 1 to 4
     * @return the descriptor of that level
     * @throws IllegalArgumentException if the level has none
     */
    public String descriptor(int level) {
        String text = levels.get(level);
        if (text == null) {
            throw new IllegalArgumentException("dimension " + id + " has no level " + level);
        }
        return text;
    }
}
