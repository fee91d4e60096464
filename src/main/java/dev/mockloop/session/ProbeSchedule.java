package dev.mockloop.session;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.PromptKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a question's probes on the round's timeline, as an interviewer who pushes past
 * the clean diagram would.
 *
 * <ul>
 *   <li>A probe goes in the phase its pack names. A probe with no phase, or one naming a
 *       phase the chosen framework lacks (the user overrode the framework), goes in the
 *       {@code deep-dive} phase, else the longest design phase.</li>
 *   <li>It appears at the pack's {@code atMinute} into that phase when that is inside the
 *       phase; the others are spread evenly: k probes at 1/(k+1), 2/(k+1), … of the phase.</li>
 * </ul>
 */
public final class ProbeSchedule {

    private ProbeSchedule() {
    }

    /** @return the schedule, ordered by phase then time; empty for a question without probes */
    public static List<ScheduledProbe> plan(List<Probe> probes, Framework framework) {
        Map<Integer, List<Probe>> byPhase = new LinkedHashMap<>();
        for (Probe probe : probes) {
            byPhase.computeIfAbsent(phaseFor(probe, framework), k -> new ArrayList<>()).add(probe);
        }
        List<ScheduledProbe> planned = new ArrayList<>();
        byPhase.forEach((phaseIndex, inPhase) -> {
            Phase phase = framework.phases().get(phaseIndex);
            long length = phase.plannedMillis();
            List<Probe> spread = inPhase.stream().filter(p -> !fixedIn(p, phase)).toList();
            int k = 0;
            for (Probe probe : inPhase) {
                long at = fixedIn(probe, phase)
                        ? Math.round(probe.atMinute() * 60_000)
                        : length * (++k) / (spread.size() + 1);
                planned.add(new ScheduledProbe(0, probe.text(), phaseIndex, phase.id(), at));
            }
        });
        planned.sort(Comparator.comparingInt(ScheduledProbe::phaseIndex).thenComparingLong(ScheduledProbe::atPhaseMs));
        List<ScheduledProbe> indexed = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            ScheduledProbe p = planned.get(i);
            indexed.add(new ScheduledProbe(i, p.text(), p.phaseIndex(), p.phaseId(), p.atPhaseMs()));
        }
        return indexed;
    }

    private static boolean fixedIn(Probe probe, Phase phase) {
        return probe.atMinute() != null && probe.atMinute() * 60_000 < phase.plannedMillis()
                && phase.id().equals(probe.phase());
    }

    private static int phaseFor(Probe probe, Framework framework) {
        List<Phase> phases = framework.phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(probe.phase())) {
                return i;
            }
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals("deep-dive")) {
                return i;
            }
        }
        int longest = phases.size() - 1;
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            if (p.prompt() == PromptKind.DESIGN
                    && (phases.get(longest).prompt() != PromptKind.DESIGN || p.minutes() > phases.get(longest).minutes())) {
                longest = i;
            }
        }
        return longest;
    }
}
