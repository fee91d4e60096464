package dev.mockloop.pack;

import java.util.List;

/**
 * A paired question: a behavioral prompt and the design follow-up it opens into.
 *
 * @param id         stable id, unique in its pack; attempts are linked to it
 * @param title      short name shown in lists
 * @param level      the seniority it is pitched at
 * @param tags       lower-case hyphenated topics
 * @param framework  the id of the framework in the same pack the round runs on
 * @param behavioral the behavioral half
 * @param design     the design half
 */
public record Question(String id, String title, Level level, List<String> tags, String framework,
                       Behavioral behavioral, Design design) {
    public Question {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
