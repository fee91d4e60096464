package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Passes each event to every listener {@code all} gives at that event; one that throws does
 * not stop the others or the round.
 */
record Broadcast(Supplier<? extends List<RoundListener>> all) implements RoundListener {

    /** @return a broadcast to this list as it is at each event (a live list may change between events) */
    static Broadcast of(List<RoundListener> all) {
        return new Broadcast(() -> all);
    }

    private void each(Consumer<RoundListener> event) {
        for (RoundListener listener : all.get()) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                System.err.println("Mockloop: a round listener failed: " + e);
            }
        }
    }

    @Override
    public void opened(ActiveRound round) {
        each(l -> l.opened(round));
    }

    @Override
    public void started(ActiveRound round) {
        each(l -> l.started(round));
    }

    @Override
    public void paused(ActiveRound round) {
        each(l -> l.paused(round));
    }

    @Override
    public void resumed(ActiveRound round) {
        each(l -> l.resumed(round));
    }

    @Override
    public void phaseChanged(ActiveRound round) {
        each(l -> l.phaseChanged(round));
    }

    @Override
    public void probeShown(ActiveRound round, ScheduledProbe probe) {
        each(l -> l.probeShown(round, probe));
    }

    @Override
    public void probeAnswered(ActiveRound round, ScheduledProbe probe, long responseMs) {
        each(l -> l.probeAnswered(round, probe, responseMs));
    }

    @Override
    public void nudged(ActiveRound round, String message) {
        each(l -> l.nudged(round, message));
    }

    @Override
    public void finished(ActiveRound round) {
        each(l -> l.finished(round));
    }

    @Override
    public void saved(ActiveRound round, Attempt attempt) {
        each(l -> l.saved(round, attempt));
    }

    @Override
    public void abandoned(ActiveRound round) {
        each(l -> l.abandoned(round));
    }
}
