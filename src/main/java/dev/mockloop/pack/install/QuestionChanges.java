package dev.mockloop.pack.install;

import dev.mockloop.pack.Pack;
import dev.mockloop.pack.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the questions of an incoming pack differ from the installed version, matched by
 * question id (the id attempts are linked to).
 *
 * @param added     in the incoming pack only, in its order
 * @param updated   in both, with different content, in the incoming order
 * @param removed   in the installed pack only, in its order
 * @param unchanged in both and identical
 */
public record QuestionChanges(List<Question> added, List<Update> updated, List<Question> removed,
                              List<Question> unchanged) {

    /**
     * A question changed between versions.
     *
     * @param before the installed question
     * @param after  the incoming question with the same id
     */
    public record Update(Question before, Question after) {

        /** @return what differs, in reading order, e.g. ["title", "design prompt", "probes"] */
        public List<String> changedParts() {
            List<String> parts = new ArrayList<>();
            diff(parts, "title", before.title(), after.title());
            diff(parts, "level", before.level(), after.level());
            diff(parts, "tags", before.tags(), after.tags());
            diff(parts, "framework", before.framework(), after.framework());
            diff(parts, "behavioral prompt", before.behavioral().prompt(), after.behavioral().prompt());
            diff(parts, "behavioral signals", before.behavioral().signals(), after.behavioral().signals());
            diff(parts, "design prompt", before.design().prompt(), after.design().prompt());
            diff(parts, "clarifying questions", before.design().clarifyingQuestions(),
                    after.design().clarifyingQuestions());
            diff(parts, "probes", before.design().probes(), after.design().probes());
            diff(parts, "design signals", before.design().signals(), after.design().signals());
            diff(parts, "picture", before.design().image(), after.design().image());
            return parts;
        }

        private static void diff(List<String> parts, String name, Object a, Object b) {
            if (!java.util.Objects.equals(a, b)) {
                parts.add(name);
            }
        }
    }

    public QuestionChanges {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
    }

    /**
     * @param installed the installed pack, or null when there is none
     * @param incoming  the pack being imported
     */
    public static QuestionChanges between(Pack installed, Pack incoming) {
        Map<String, Question> before = new LinkedHashMap<>();
        if (installed != null) {
            installed.questions().forEach(q -> before.put(q.id(), q));
        }
        List<Question> added = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        List<Question> unchanged = new ArrayList<>();
        for (Question q : incoming.questions()) {
            Question old = before.remove(q.id());
            if (old == null) {
                added.add(q);
            } else if (old.equals(q)) {
                unchanged.add(q);
            } else {
                updated.add(new Update(old, q));
            }
        }
        return new QuestionChanges(added, updated, List.copyOf(before.values()), unchanged);
    }

    /** @return whether any question differs */
    public boolean any() {
        return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
    }
}
