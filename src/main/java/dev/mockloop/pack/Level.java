package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The seniority a question is pitched at. */
public enum Level {
    @JsonProperty("junior") JUNIOR("Junior"),
    @JsonProperty("mid") MID("Mid"),
    @JsonProperty("senior") SENIOR("Senior"),
    @JsonProperty("staff") STAFF("Staff"),
    @JsonProperty("principal") PRINCIPAL("Principal");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** @return the label shown to the user, e.g. "Senior" */
    public String label() {
        return label;
    }
}
