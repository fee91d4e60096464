package dev.mockloop.coach;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an answer-key item is: the four kinds a pack's question carries. */
public enum ItemKind {
    /** What a strong design answer shows ({@code design.signals}). */
    DESIGN_SIGNAL("design-signal", "Design signals"),
    /** What a strong story shows ({@code behavioral.signals}). */
    BEHAVIORAL_SIGNAL("behavioral-signal", "Story signals"),
    /** A question worth settling before drawing ({@code design.clarifyingQuestions}). */
    CLARIFYING_QUESTION("clarifying-question", "Clarifying questions"),
    /** A component, estimate or tradeoff of the reference outline ({@code design.outline}). */
    OUTLINE("outline", "Reference outline");

    private final String id;
    private final String title;

    ItemKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** @return the kind as written in JSON and by the command line, e.g. "design-signal" */
    @JsonValue
    public String id() {
        return id;
    }

    /** @return the heading shown over items of this kind, e.g. "Design signals" */
    public String title() {
        return title;
    }
}
