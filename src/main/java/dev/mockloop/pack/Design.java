package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The system-design half of a paired question.
 *
 * @param prompt              the design follow-up
 * @param clarifyingQuestions questions worth asking before drawing; may be empty
 * @param probes              follow-ups an interviewer pushes with; may be empty
 * @param signals             what a strong answer shows; may be empty
 * @param image               path of a picture in the pack's folder shown with the prompt, e.g.
 *                            {@code assets/diagram.png}, or {@code null}
 * @param outline             the reference outline of a strong answer; {@link Outline#EMPTY} when
 *                            the pack gives none
 */
public record Design(String prompt, List<String> clarifyingQuestions, List<Probe> probes, List<String> signals,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String image,
                     @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Outline.EmptyFilter.class)
                     Outline outline) {
    public Design {
        clarifyingQuestions = clarifyingQuestions == null ? List.of() : List.copyOf(clarifyingQuestions);
        probes = probes == null ? List.of() : List.copyOf(probes);
        signals = signals == null ? List.of() : List.copyOf(signals);
        outline = outline == null ? Outline.EMPTY : outline;
    }

    /** A design half without a picture or an outline. */
    public Design(String prompt, List<String> clarifyingQuestions, List<Probe> probes, List<String> signals) {
        this(prompt, clarifyingQuestions, probes, signals, null, Outline.EMPTY);
    }

    /** A design half without an outline. */
    public Design(String prompt, List<String> clarifyingQuestions, List<Probe> probes, List<String> signals,
                  String image) {
        this(prompt, clarifyingQuestions, probes, signals, image, Outline.EMPTY);
    }
}
