package dev.mockloop.pack;

import java.util.List;

/**
 * The dimensions a round is scored on, each 1 to 4.
 *
 * @param dimensions in the order they are scored
 */
public record Rubric(List<Dimension> dimensions) {
    public Rubric {
        dimensions = List.copyOf(dimensions);
    }
}
