package dev.mockloop.ui.common;

import dev.mockloop.pack.Bar;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.Level;
import java.util.Map;

/**
 * One rubric dimension as a score sheet shows it.
 *
 * @param id     the dimension's id
 * @param title  its title
 * @param levels descriptors by level 1 to 4; empty when its pack is no longer installed
 * @param bar    what the question's level expects on it, or {@code null} when the pack says nothing
 */
public record SheetDimension(String id, String title, Map<Integer, String> levels, Bar bar) {

    public SheetDimension {
        levels = Map.copyOf(levels);
    }

    /**
     * @param dimension a pack's rubric dimension
     * @param level     the question's level, which picks the bar
     */
    public static SheetDimension of(Dimension dimension, Level level) {
        return new SheetDimension(dimension.id(), dimension.title(), dimension.levels(),
                level == null ? null : dimension.barFor(level).orElse(null));
    }

    /** @return the descriptor of a level, or {@code null} when its pack is gone */
    public String descriptor(int level) {
        return levels.get(level);
    }
}
