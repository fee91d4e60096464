package dev.mockloop.coach;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which list of a reference outline an {@link ItemKind#OUTLINE} item comes from. */
public enum OutlinePart {
    /** Something the design draws. */
    COMPONENT("component"),
    /** An estimate, with its numbers. */
    ESTIMATE("estimate"),
    /** A tradeoff the answer names. */
    TRADEOFF("tradeoff");

    private final String id;

    OutlinePart(String id) {
        this.id = id;
    }

    /** @return the part as written in JSON, e.g. "estimate" */
    @JsonValue
    public String id() {
        return id;
    }
}
