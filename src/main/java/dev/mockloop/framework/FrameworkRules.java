package dev.mockloop.framework;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a user's own framework must satisfy before it is saved. */
public final class FrameworkRules {

    /** Shortest round a user's framework may plan: 15 minutes. */
    public static final double MIN_TOTAL_MINUTES = 15;
    /** Longest round a user's framework may plan: 90 minutes. */
    public static final double MAX_TOTAL_MINUTES = 90;

    private FrameworkRules() {
    }

    /** @return one sentence per problem, each saying how to fix it; empty when the framework is fine */
    public static List<String> check(Framework framework) {
        List<String> problems = new ArrayList<>();
        if (framework.title() == null || framework.title().isBlank()) {
            problems.add("Give the framework a title.");
        }
        if (framework.phases().isEmpty()) {
            problems.add("Add at least one phase.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < framework.phases().size(); i++) {
            Phase phase = framework.phases().get(i);
            String where = "Phase " + (i + 1);
            if (phase.title() == null || phase.title().isBlank()) {
                problems.add(where + " needs a title.");
            }
            if (!(phase.minutes() > 0)) {
                problems.add(where + " needs more than 0 minutes.");
            }
            if (phase.id() != null && !ids.add(phase.id())) {
                problems.add(where + " has the same name as an earlier phase; rename one of them.");
            }
        }
        double total = framework.phases().stream().mapToDouble(Phase::minutes).sum();
        if (!framework.phases().isEmpty() && (total < MIN_TOTAL_MINUTES || total > MAX_TOTAL_MINUTES)) {
            problems.add(String.format("The phases add up to %s minutes; a round must be 15 to 90 minutes.",
                    total == Math.rint(total) ? String.valueOf((long) total) : String.valueOf(total)));
        }
        return problems;
    }

    /** @return a phase or framework id made from a title: lower-case words joined by hyphens */
    public static String idFrom(String title) {
        String id = title == null ? "" : title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "phase" : id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
    }
}
