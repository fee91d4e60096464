package dev.mockloop.pack;

import java.util.List;

/**
 * The behavioral half of a paired question.
 *
 * @param prompt  the story the round opens with
 * @param signals what a strong story shows; may be empty
 */
public record Behavioral(String prompt, List<String> signals) {
    public Behavioral {
        signals = signals == null ? List.of() : List.copyOf(signals);
    }
}
