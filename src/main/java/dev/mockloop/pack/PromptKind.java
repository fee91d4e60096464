package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which of a question's two prompts a phase works on. */
public enum PromptKind {
    @JsonProperty("behavioral") BEHAVIORAL,
    @JsonProperty("design") DESIGN
}
