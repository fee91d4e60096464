package dev.mockloop.session;

import dev.mockloop.attempt.ProbeResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows scheduled probes when the round reaches them and times the user's
 * acknowledgement on the monotonic ticker (ms from the card appearing to the click,
 * pauses included: the interviewer is waiting either way).
 *
 * <p>Not thread-safe: the UI thread owns it.
 */
public final class ProbeTracker {

    private record Shown(ScheduledProbe probe, long shownAtNanos, long shownAtRoundMs) {
    }

    private final List<ScheduledProbe> schedule;
    private final Ticker ticker;
    private final Map<Integer, Shown> shown = new HashMap<>();
    private final Map<Integer, Long> responses = new HashMap<>();
    private final List<ScheduledProbe> pendingAgain = new ArrayList<>();

    public ProbeTracker(List<ScheduledProbe> schedule, Ticker ticker) {
        this.schedule = List.copyOf(schedule);
        this.ticker = ticker;
    }

    /**
     * @param now the latest timer snapshot
     * @return probes whose time came since the last call, in schedule order
     */
    public List<ScheduledProbe> update(TimerSnapshot now) {
        List<ScheduledProbe> due = new ArrayList<>(pendingAgain);
        pendingAgain.clear();
        if (now.state() != TimerState.RUNNING && now.state() != TimerState.PAUSED) {
            return due;
        }
        for (ScheduledProbe probe : schedule) {
            if (!shown.containsKey(probe.index()) && probe.phaseIndex() == now.phaseIndex()
                    && now.phaseElapsedMs() >= probe.atPhaseMs()) {
                shown.put(probe.index(), new Shown(probe, ticker.nanoTime(), now.roundElapsedMs()));
                due.add(probe);
            }
        }
        return due;
    }

    /**
     * Shows a probe now, whatever its place on the schedule, as when an interviewer asks it:
     * it comes back from the next {@link #update} and its response clock starts now. A
     * probe already shown, or an index not on the schedule, is ignored.
     *
     * @param index     the probe's index in the schedule
     * @param roundMs   round time now (ms, pauses excluded), stamped on the probe
     * @return whether the probe was shown by this call
     */
    public boolean fire(int index, long roundMs) {
        if (index < 0 || index >= schedule.size() || shown.containsKey(index)) {
            return false;
        }
        ScheduledProbe probe = schedule.get(index);
        shown.put(index, new Shown(probe, ticker.nanoTime(), roundMs));
        pendingAgain.add(probe);
        return true;
    }

    /**
     * Records the user's acknowledgement of a shown probe; a second acknowledgement, or
     * one for a probe not shown, is ignored.
     *
     * @return the response time in ms, or -1 if nothing was recorded
     */
    public long acknowledge(int index) {
        Shown card = shown.get(index);
        if (card == null || responses.containsKey(index)) {
            return -1;
        }
        long ms = (ticker.nanoTime() - card.shownAtNanos()) / 1_000_000;
        responses.put(index, ms);
        return ms;
    }

    /**
     * Marks probes as already shown, from a saved draft: each is matched by its text. An
     * acknowledged one keeps its response time; one still waiting comes back as a card
     * at once, its response clock restarted.
     */
    public void restore(List<ProbeResponse> saved) {
        for (ProbeResponse response : saved) {
            schedule.stream()
                    .filter(p -> p.text().equals(response.text()) && !shown.containsKey(p.index()))
                    .findFirst()
                    .ifPresent(p -> {
                        shown.put(p.index(), new Shown(p, ticker.nanoTime(), response.shownAtMs()));
                        if (response.responseMs() != null) {
                            responses.put(p.index(), response.responseMs());
                        } else {
                            pendingAgain.add(p);
                        }
                    });
        }
    }

    /**
     * @param now the latest timer snapshot
     * @return probes never shown whose phase the round has already left (the phase was
     *         skipped or cut short before the probe's minute), in schedule order
     */
    public List<ScheduledProbe> skipped(TimerSnapshot now) {
        return schedule.stream().filter(p -> !shown.containsKey(p.index()) && p.phaseIndex() < now.phaseIndex()).toList();
    }

    /**
     * @return every scheduled probe never shown, as a response with {@code shownAtMs} −1 and
     *         no response time, in schedule order; with {@link #responses()} it accounts for
     *         the whole schedule on the saved attempt
     */
    public List<ProbeResponse> unshown() {
        return schedule.stream().filter(p -> !shown.containsKey(p.index()))
                .map(p -> new ProbeResponse(p.text(), p.phaseId(), ProbeResponse.NEVER_SHOWN, null)).toList();
    }

    /** @return the whole schedule */
    public List<ScheduledProbe> schedule() {
        return schedule;
    }

    /** @return every probe shown so far, in order of appearance, with its response time if acknowledged */
    public List<ProbeResponse> responses() {
        return shown.values().stream()
                .sorted(java.util.Comparator.comparingLong(Shown::shownAtNanos).thenComparingInt(s -> s.probe().index()))
                .map(s -> new ProbeResponse(s.probe().text(), s.probe().phaseId(), s.shownAtRoundMs(),
                        responses.get(s.probe().index())))
                .toList();
    }
}
