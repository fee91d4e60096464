package dev.mockloop.pack.bundled;

import static dev.mockloop.pack.bundled.Bundled.assertNone;

import dev.mockloop.pack.Design;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.PromptKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every bundled question meets issue 17's minimums: the story opens into the design, at
 * least 3 clarifying questions, 3 probes placed in phases and 4 design signals, and a
 * reference outline of 5-8 components, 2-4 estimates with numbers and 3-5 tradeoffs.
 */
class BundledQuestionMinimumsTest {

    @Test
    void everyQuestionHasThreeClarifyingQuestionsThreeProbesAndFourDesignSignals() {
        List<String> failures = new ArrayList<>();
        for (LibraryQuestion q : Bundled.questions()) {
            Design d = q.question().design();
            atLeast(failures, q, "clarifying questions", d.clarifyingQuestions().size(), 3);
            atLeast(failures, q, "probes", d.probes().size(), 3);
            atLeast(failures, q, "design signals", d.signals().size(), 4);
            atLeast(failures, q, "behavioral signals", q.question().behavioral().signals().size(), 2);
        }
        assertNone(failures, "questions below the minimums");
    }

    @Test
    void everyProbeIsPlacedAtAMinuteInsideAPhaseOfItsQuestionsFramework() {
        List<String> failures = new ArrayList<>();
        for (LibraryQuestion q : Bundled.questions()) {
            Framework framework = q.framework();
            for (Probe probe : q.question().design().probes()) {
                String where = q.key() + " probe \"" + shorten(probe.text()) + "\"";
                Optional<Phase> phase = framework.phases().stream().filter(p -> p.id().equals(probe.phase())).findFirst();
                if (probe.phase() == null) {
                    failures.add(where + " names no phase; give it one of " + phaseIds(framework));
                } else if (phase.isEmpty()) {
                    failures.add(where + " names phase \"" + probe.phase() + "\", not in framework "
                            + framework.id() + " " + phaseIds(framework));
                } else if (probe.atMinute() == null) {
                    failures.add(where + " has no atMinute in phase " + probe.phase());
                } else if (probe.atMinute() < 0 || probe.atMinute() >= phase.get().minutes()) {
                    failures.add(where + " is at minute " + probe.atMinute() + " of phase " + probe.phase()
                            + ", which lasts " + phase.get().minutes() + " minutes");
                }
            }
        }
        assertNone(failures, "probes not placed in their framework");
    }

    @Test
    void theStoryComesBeforeTheDesignInEveryQuestionsRound() {
        List<String> failures = new ArrayList<>();
        for (LibraryQuestion q : Bundled.questions()) {
            if (q.question().behavioral().prompt().isBlank() || q.question().design().prompt().isBlank()) {
                failures.add(q.key() + " lacks a behavioral or a design prompt");
            }
            List<Phase> phases = q.framework().phases();
            int story = indexOf(phases, PromptKind.BEHAVIORAL);
            int design = indexOf(phases, PromptKind.DESIGN);
            // A framework with no story phase shows both prompts from the start (classic-45).
            if (story >= 0 && design >= 0 && story > design) {
                failures.add(q.key() + " runs on " + q.framework().id() + ", whose design phase comes before the story");
            }
        }
        assertNone(failures, "questions whose story does not open the round");
    }

    @Test
    void everyQuestionHasAnOutlineWithComponentsEstimatesAndTradeoffs() {
        List<String> failures = new ArrayList<>();
        for (LibraryQuestion q : Bundled.questions()) {
            Outline o = q.question().design().outline();
            within(failures, q, "outline components", o.components().size(), 5, 8);
            within(failures, q, "outline estimates", o.estimates().size(), 2, 4);
            within(failures, q, "outline tradeoffs", o.tradeoffs().size(), 3, 5);
            for (String estimate : o.estimates()) {
                if (!estimate.matches(".*\\d.*")) {
                    failures.add(q.key() + " estimate \"" + shorten(estimate) + "\" has no number");
                }
            }
        }
        assertNone(failures, "questions whose outline is missing or out of shape");
    }

    @Test
    void noOutlineItemIsListedTwiceInTheSameQuestion() {
        List<String> failures = new ArrayList<>();
        for (LibraryQuestion q : Bundled.questions()) {
            Outline o = q.question().design().outline();
            List<String> all = new ArrayList<>(o.components());
            all.addAll(o.estimates());
            all.addAll(o.tradeoffs());
            all.stream().filter(item -> all.indexOf(item) != all.lastIndexOf(item)).distinct()
                    .forEach(item -> failures.add(q.key() + " lists \"" + shorten(item) + "\" twice"));
        }
        assertNone(failures, "repeated outline items");
    }

    private static void atLeast(List<String> failures, LibraryQuestion q, String what, int count, int min) {
        if (count < min) {
            failures.add(q.key() + " has " + count + " " + what + "; at least " + min + " needed");
        }
    }

    private static void within(List<String> failures, LibraryQuestion q, String what, int count, int min, int max) {
        if (count < min || count > max) {
            failures.add(q.key() + " has " + count + " " + what + "; " + min + " to " + max + " wanted");
        }
    }

    private static int indexOf(List<Phase> phases, PromptKind kind) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).prompt() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> phaseIds(Framework framework) {
        return framework.phases().stream().map(Phase::id).toList();
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
