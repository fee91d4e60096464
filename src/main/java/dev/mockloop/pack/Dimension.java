package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Optional;

/**
 * One rubric dimension with what each score level looks like, and optionally what is
 * expected at each target level.
 *
 * @param id     unique in its rubric
 * @param title  e.g. "Requirements and scope"
 * @param levels descriptors keyed by level 1 (below the bar) to 4 (well above it)
 * @param bars   the bar at the target levels {@link Level#MID}, {@link Level#SENIOR} and
 *               {@link Level#STAFF}; empty when the pack states none
 */
public record Dimension(String id, String title, Map<Integer, String> levels,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Level, Bar> bars) {

    public Dimension {
        levels = Map.copyOf(levels);
        bars = bars == null ? Map.of() : Map.copyOf(bars);
    }

    /** A dimension with no bars per level. */
    public Dimension(String id, String title, Map<Integer, String> levels) {
        this(id, title, levels, Map.of());
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

    /**
     * The bar for a question's level. Bars are written for mid, senior and staff; a junior
     * question is held to the mid bar and a principal one to the staff bar.
     *
     * @param level the question's level
     * @return the bar, or empty when the pack states none for that level
     */
    public Optional<Bar> barFor(Level level) {
        Level target = switch (level) {
            case JUNIOR, MID -> Level.MID;
            case SENIOR -> Level.SENIOR;
            case STAFF, PRINCIPAL -> Level.STAFF;
        };
        return Optional.ofNullable(bars.get(target));
    }
}
