package dev.mockloop.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules a schema cannot state: ids are unique in their list, and every reference
 * (a question's framework, a probe's phase) resolves within the pack.
 */
final class PackRules {

    private final JsonLocator locator;
    private final List<PackProblem> problems = new ArrayList<>();

    PackRules(JsonLocator locator) {
        this.locator = locator;
    }

    List<PackProblem> check(Pack pack) {
        unique(pack.frameworks(), Framework::id, "framework", "frameworks");
        for (int f = 0; f < pack.frameworks().size(); f++) {
            unique(pack.frameworks().get(f).phases(), Phase::id, "phase", "frameworks", f, "phases");
        }
        unique(pack.rubric().dimensions(), Dimension::id, "dimension", "rubric", "dimensions");
        unique(pack.failureModes(), FailureMode::id, "failure mode", "failureModes");
        unique(pack.questions(), Question::id, "question", "questions");
        for (int q = 0; q < pack.questions().size(); q++) {
            references(pack, q);
        }
        return problems;
    }

    private <T> void unique(List<T> items, Function<T, String> id, String kind, Object... listPath) {
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer earlier = firstAt.putIfAbsent(value, i);
            if (earlier != null) {
                problems.add(locator.problemAt(kind + " id '" + value + "' is used twice (first at index "
                        + earlier + "); give each " + kind + " its own id", append(listPath, i, "id")));
            }
        }
    }

    private void references(Pack pack, int q) {
        Question question = pack.questions().get(q);
        Framework framework = pack.framework(question.framework()).orElse(null);
        if (framework == null) {
            problems.add(locator.problemAt("question '" + question.id() + "' uses framework '" + question.framework()
                    + "', which this pack does not define; use one of: " + ids(pack.frameworks(), Framework::id),
                    "questions", q, "framework"));
            return;
        }
        List<Probe> probes = question.design().probes();
        for (int p = 0; p < probes.size(); p++) {
            Probe probe = probes.get(p);
            if (probe.phase() == null) {
                continue;
            }
            Phase phase = framework.phases().stream().filter(ph -> ph.id().equals(probe.phase())).findFirst().orElse(null);
            if (phase == null) {
                problems.add(locator.problemAt("probe names phase '" + probe.phase() + "', which framework '"
                        + framework.id() + "' does not have; use one of: " + ids(framework.phases(), Phase::id),
                        "questions", q, "design", "probes", p, "phase"));
            } else if (probe.atMinute() != null && probe.atMinute() >= phase.minutes()) {
                problems.add(locator.problemAt("probe is asked at minute " + probe.atMinute() + " but phase '"
                        + phase.id() + "' lasts " + phase.minutes() + " minutes; ask it earlier",
                        "questions", q, "design", "probes", p, "atMinute"));
            }
        }
    }

    private static <T> String ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.joining(", "));
    }

    private static Object[] append(Object[] path, Object... more) {
        Object[] all = new Object[path.length + more.length];
        System.arraycopy(path, 0, all, 0, path.length);
        System.arraycopy(more, 0, all, path.length, more.length);
        return all;
    }
}
