package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * A question pack as read from its file (format 1, see question-packs/README.md).
 *
 * @param id           stable pack id, e.g. {@code mockloop.core-design}
 * @param version      semantic version of the content, e.g. {@code 1.2.0}
 * @param title        shown in the app
 * @param description  shown in the app
 * @param authors      at least one
 * @param license      an SPDX identifier
 * @param frameworks   at least one
 * @param rubric       the dimensions rounds from this pack are scored on
 * @param failureModes the checklist shown after a round
 * @param questions    at least one
 */
@JsonIgnoreProperties({"$schema", "format", "formatVersion"})
public record Pack(String id, String version, String title, String description, List<String> authors,
                   String license, List<Framework> frameworks, Rubric rubric,
                   List<FailureMode> failureModes, List<Question> questions) {

    public Pack {
        authors = List.copyOf(authors);
        frameworks = List.copyOf(frameworks);
        failureModes = List.copyOf(failureModes);
        questions = List.copyOf(questions);
    }

    /** @return the framework with this id, if the pack has it */
    public Optional<Framework> framework(String frameworkId) {
        return frameworks.stream().filter(f -> f.id().equals(frameworkId)).findFirst();
    }

    /**
     * @return the framework the question runs on
     * @throws IllegalStateException if it does not resolve, which validation rules out
     */
    public Framework frameworkOf(Question question) {
        return framework(question.framework()).orElseThrow(() -> new IllegalStateException(
                "pack " + id + ": question " + question.id() + " names unknown framework " + question.framework()));
    }
}
