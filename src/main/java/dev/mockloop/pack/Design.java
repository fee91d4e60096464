package dev.mockloop.pack;

import java.util.List;

/**
 * The system-design half of a paired question.
 *
 * @param prompt              the design follow-up
 * @param clarifyingQuestions questions worth asking before drawing; may be empty
 * @param probes              follow-ups an interviewer pushes with; may be empty
 * @param signals             what a strong answer shows; may be empty
 */
public record Design(String prompt, List<String> clarifyingQuestions, List<Probe> probes, List<String> signals) {
    public Design {
        clarifyingQuestions = clarifyingQuestions == null ? List.of() : List.copyOf(clarifyingQuestions);
        probes = probes == null ? List.of() : List.copyOf(probes);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }
}
