package dev.mockloop.interview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Design;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.FailureMode;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.Question;
import dev.mockloop.session.Round;
import dev.mockloop.session.ScheduledProbe;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the interviewer's page shows that does not change during a round: the question and
 * both prompts, the answer key (behavioral and design signals, clarifying questions, the
 * outline), the probes as scheduled, the phases, and what scoring offers (rubric dimensions with
 * their level descriptors and the bar for the question's level, failure modes, verdicts). Also
 * the ids a message from the page may name, to check them.
 *
 * <p>Built on the round's thread; immutable after.
 */
final class RoundBrief {

    private final String json;
    private final int probeCount;
    private final Set<String> dimensionIds;
    private final Set<String> failureModeIds;

    private RoundBrief(String json, int probeCount, Set<String> dimensionIds, Set<String> failureModeIds) {
        this.json = json;
        this.probeCount = probeCount;
        this.dimensionIds = Set.copyOf(dimensionIds);
        this.failureModeIds = Set.copyOf(failureModeIds);
    }

    /** Reads the round's question, framework and probe schedule; call on the round's thread. */
    static RoundBrief of(Round round) {
        Pack pack = round.question().pack().pack();
        Question q = round.question().question();
        Design design = q.design();
        ObjectNode brief = PageJson.message("brief");
        brief.put("title", q.title());
        brief.put("pack", pack.title());
        brief.put("level", q.level().label());
        brief.put("framework", round.framework().title());
        ObjectNode behavioral = brief.putObject("behavioral");
        behavioral.put("prompt", q.behavioral().prompt());
        behavioral.set("signals", PageJson.strings(q.behavioral().signals()));
        ObjectNode designNode = brief.putObject("design");
        designNode.put("prompt", design.prompt());
        designNode.set("signals", PageJson.strings(design.signals()));
        designNode.set("clarifyingQuestions", PageJson.strings(design.clarifyingQuestions()));
        Outline outline = design.outline();
        ObjectNode outlineNode = designNode.putObject("outline");
        outlineNode.set("components", PageJson.strings(outline.components()));
        outlineNode.set("estimates", PageJson.strings(outline.estimates()));
        outlineNode.set("tradeoffs", PageJson.strings(outline.tradeoffs()));
        outlineNode.set("sources", PageJson.strings(outline.sources()));
        ArrayNode phases = brief.putArray("phases");
        for (Phase phase : round.framework().phases()) {
            phases.addObject().put("id", phase.id()).put("title", phase.title()).put("plannedMs", phase.plannedMillis())
                    .put("guide", phase.guide() == null ? "" : phase.guide()).put("prompt", phase.prompt().name());
        }
        List<ScheduledProbe> schedule = round.probes().schedule();
        ArrayNode probes = brief.putArray("probes");
        for (ScheduledProbe probe : schedule) {
            probes.addObject().put("index", probe.index()).put("text", probe.text())
                    .put("phase", round.framework().phases().get(probe.phaseIndex()).title())
                    .put("atPhaseMs", probe.atPhaseMs());
        }
        List<Dimension> dimensions = pack.rubric().dimensions();
        ArrayNode rubric = brief.putArray("rubric");
        for (Dimension d : dimensions) {
            ObjectNode node = rubric.addObject().put("id", d.id()).put("title", d.title());
            ArrayNode levels = node.putArray("levels");
            for (int level = 1; level <= 4; level++) {
                levels.add(d.levels().getOrDefault(level, ""));
            }
            Level questionLevel = q.level();
            d.barFor(questionLevel).ifPresent(bar -> node.putObject("bar").put("level", questionLevel.label())
                    .put("expect", bar.expect()).put("text", bar.text()));
        }
        ArrayNode failures = brief.putArray("failureModes");
        for (FailureMode f : pack.failureModes()) {
            failures.addObject().put("id", f.id()).put("title", f.title())
                    .put("looksLike", f.looksLike() == null ? "" : f.looksLike());
        }
        ArrayNode verdicts = brief.putArray("verdicts");
        for (Verdict v : Verdict.values()) {
            verdicts.addObject().put("id", v.name()).put("label", v.label());
        }
        return new RoundBrief(PageJson.write(brief), schedule.size(),
                dimensions.stream().map(Dimension::id).collect(Collectors.toSet()),
                pack.failureModes().stream().map(FailureMode::id).collect(Collectors.toSet()));
    }

    /** @return the {@code brief} message sent to every page as it connects */
    String json() {
        return json;
    }

    /** @return how many probes the round has; a page names one by its index, 0 to this - 1 */
    int probeCount() {
        return probeCount;
    }

    /** @return the rubric's dimension ids */
    Set<String> dimensionIds() {
        return dimensionIds;
    }

    /** @return the pack's failure-mode ids */
    Set<String> failureModeIds() {
        return failureModeIds;
    }
}
