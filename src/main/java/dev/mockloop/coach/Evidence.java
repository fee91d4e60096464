package dev.mockloop.coach;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * Where the coach saw an item covered: the candidate's own text and its place.
 *
 * @param source    notes, whiteboard or a probe answer
 * @param text      the matching text as the candidate wrote it (two note lines are joined by " / ")
 * @param firstLine for notes, the first line's number (from 1); 0 otherwise
 * @param lastLine  for notes, the last line's number, equal to firstLine for one line; 0 otherwise
 * @param elementId for the whiteboard, the element's id; 0 otherwise
 */
public record Evidence(Source source, String text, int firstLine, int lastLine, long elementId) {

    /** Where a piece of evidence comes from. */
    public enum Source {
        /** The notes pane. */
        NOTES,
        /** A label or text on the whiteboard. */
        WHITEBOARD,
        /** An answer to an interviewer's probe. */
        PROBE_ANSWER
    }

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** @return evidence from one or more consecutive note lines */
    public static Evidence notes(String text, int firstLine, int lastLine) {
        return new Evidence(Source.NOTES, text, firstLine, lastLine, 0);
    }

    /** @return evidence from a whiteboard element */
    public static Evidence whiteboard(String text, long elementId) {
        return new Evidence(Source.WHITEBOARD, text, 0, 0, elementId);
    }

    /** @return evidence from a probe answer */
    public static Evidence probeAnswer(String text) {
        return new Evidence(Source.PROBE_ANSWER, text, 0, 0, 0);
    }

    /** @return the place in words, e.g. "notes, line 4", "notes, lines 4–5", "whiteboard", "probe answer" */
    @JsonIgnore
    public String where() {
        return switch (source) {
            case NOTES -> firstLine == lastLine ? "notes, line " + firstLine
                    : "notes, lines " + firstLine + "\u2013" + lastLine;
            case WHITEBOARD -> "whiteboard";
            case PROBE_ANSWER -> "probe answer";
        };
    }
}
