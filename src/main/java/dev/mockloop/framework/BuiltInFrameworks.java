package dev.mockloop.framework;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import java.util.List;

/**
 * Frameworks every question can run on, whatever its pack brings.
 */
public final class BuiltInFrameworks {

    /**
     * Three behavioral stories of 8 minutes each (24 minutes). Source: behavioral rounds
     * commonly give each story 6–10 minutes including follow-ups; three stories is the
     * usual count for a 30-minute slot with a few minutes of questions.
     */
    public static final Framework BEHAVIORAL_ONLY = new Framework("builtin-behavioral-3x8",
            "Behavioral only, 3 stories × 8 minutes",
            "Mockloop built-in: 8 minutes a story, the middle of the 6-10 minutes interviewers usually allow.",
            List.of(
                    story("story-1", "Story 1"),
                    story("story-2", "Story 2"),
                    story("story-3", "Story 3")));

    /**
     * A 20-minute speed round: the classic design sequence compressed to drill pacing.
     * Source: Mockloop's own split, keeping the classic round's proportions (requirements
     * and estimates about a quarter, design half, deep dive and wrap-up the rest).
     */
    public static final Framework SPEED_ROUND = new Framework("builtin-speed-20", "Speed round, 20 minutes",
            "Mockloop built-in: the 45-minute classic round's proportions compressed to 20 minutes.",
            List.of(
                    new Phase("requirements", "Requirements", 3, "The two or three requirements that decide the design.",
                            PromptKind.DESIGN),
                    new Phase("estimates", "Estimates", 2, "One number that matters: peak QPS or storage.",
                            PromptKind.DESIGN),
                    new Phase("high-level-design", "High-level design", 8, "The main path end to end, boxes and arrows.",
                            PromptKind.DESIGN),
                    new Phase("deep-dive", "Deep dive", 5, "The riskiest component and how it fails.",
                            PromptKind.DESIGN),
                    new Phase("wrap-up", "Wrap-up", 2, "Trade-offs made and what you would do next.",
                            PromptKind.DESIGN)));

    /** Every built-in framework, in menu order. */
    public static final List<Framework> ALL = List.of(BEHAVIORAL_ONLY, SPEED_ROUND);

    private BuiltInFrameworks() {
    }

    private static Phase story(String id, String title) {
        return new Phase(id, title, 8, "A different story each time: situation, your decision, the cost, the result.",
                PromptKind.BEHAVIORAL);
    }
}
