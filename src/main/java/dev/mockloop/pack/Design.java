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
 */
public record Design(String prompt, List<String> clarifyingQuestions, List<Probe> probes, List<String> signals,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String image) {
    public Design {
        clarifyingQuestions = clarifyingQuestions == null ? List.of() : List.copyOf(clarifyingQuestions);
        probes = probes == null ? List.of() : List.copyOf(probes);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** A design half without a picture. */
    public Design(String prompt, List<String> clarifyingQuestions, List<Probe> probes, List<String> signals) {
        this(prompt, clarifyingQuestions, probes, signals, null);
    }
}
