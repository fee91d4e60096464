package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchCodec;
import dev.mockloop.sketch.SketchFormatException;
import dev.mockloop.sketch.SketchStamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One practice round in progress: the question, its framework's phase timer, the
 * sketch and the notes. Phase times come from the injected {@link Ticker}; the wall-clock start and end
 * stored with the attempt come from the injected {@link Clock}. The sketch stamps each of its
 * operations with the round's elapsed ms and current phase id, read from the phase timer.
 *
 * <p>Not thread-safe: the UI thread owns it.
 */
public final class Round {

    private final LibraryQuestion question;
    private final Framework framework;
    private final Clock clock;
    private final PhaseTimer timer;
    private final Sketch sketch;
    private final ProbeTracker probes;
    private Instant startedAt;
    private Instant endedAt;
    private String notes = "";
    private String sketchJson;
    private long sketchJsonRevision;

    /**
     * @param question  the question to practise
     * @param framework the framework to run it on, usually {@code question.framework()}
     * @param ticker    monotonic time for the phase timer
     * @param clock     wall-clock time for the start and end stamps
     */
    public Round(LibraryQuestion question, Framework framework, Ticker ticker, Clock clock) {
        this(question, framework, clock,
                new PhaseTimer(framework.phases().stream().map(Phase::plannedMillis).toList(), ticker),
                new Sketch(), new ProbeTracker(ProbeSchedule.plan(question.question().design().probes(), framework),
                        ticker));
    }

    private Round(LibraryQuestion question, Framework framework, Clock clock, PhaseTimer timer, Sketch sketch,
                  ProbeTracker probes) {
        this.question = question;
        this.framework = framework;
        this.clock = clock;
        this.timer = timer;
        this.sketch = sketch;
        this.probes = probes;
        // Every sketch change is stamped with the round's clock and phase, for the replay.
        sketch.setClock(() -> new SketchStamp(timer.snapshot().roundElapsedMs(),
                currentPhase().map(Phase::id).orElse("")));
    }

    /**
     * Rebuilds a round from its draft, e.g. after a crash: same timer (paused), notes,
     * sketch and probes.
     *
     * @param question the draft's question, found again in the library
     * @throws SketchFormatException if the draft's sketch cannot be read
     */
    public static Round restore(RoundDraft draft, LibraryQuestion question, Ticker ticker, Clock clock)
            throws SketchFormatException {
        Framework framework = draft.framework();
        ProbeTracker probes = new ProbeTracker(ProbeSchedule.plan(question.question().design().probes(), framework),
                ticker);
        probes.restore(draft.probes());
        Round round = new Round(question, framework, clock, PhaseTimer.restore(draft.timer(), ticker),
                SketchCodec.fromJson(draft.sketchJson()), probes);
        round.startedAt = draft.startedAtMs() == 0 ? null : Instant.ofEpochMilli(draft.startedAtMs());
        round.notes = draft.notes();
        if (round.timer.state() == TimerState.FINISHED) {
            round.endedAt = clock.instant();
        }
        return round;
    }

    /** @return the round's whole state now, for autosave; cheap enough to take every few seconds */
    public RoundDraft draft() {
        var pack = question.pack().pack();
        var q = question.question();
        return new RoundDraft(pack.id(), pack.version(), q.id(), q.title(), q.behavioral().prompt(),
                q.design().prompt(), framework, startedAt == null ? 0 : startedAt.toEpochMilli(), timer.memento(),
                notes, sketchJson(), probes.responses());
    }

    /** The sketch's JSON, written again only when the sketch changed since the last call. */
    private String sketchJson() {
        if (sketchJson == null || sketchJsonRevision != sketch.revision()) {
            sketchJson = SketchCodec.toJson(sketch);
            sketchJsonRevision = sketch.revision();
        }
        return sketchJson;
    }

    /** Starts the clock on the first phase and stamps the wall-clock start. */
    public void start() {
        if (startedAt == null) {
            startedAt = clock.instant();
            timer.start();
        }
    }

    /** Ends the round, early or not, and stamps the wall-clock end. */
    public void finish() {
        if (endedAt == null && startedAt != null) {
            timer.finish();
            endedAt = clock.instant();
        }
    }

    /** @return the phase timer, for pause, resume, next and the display */
    public PhaseTimer timer() {
        return timer;
    }

    /** @return the interviewer probes of this round: when they appear and their acknowledgements */
    public ProbeTracker probes() {
        return probes;
    }

    /** @return the question being practised */
    public LibraryQuestion question() {
        return question;
    }

    /** @return the framework the round runs on */
    public Framework framework() {
        return framework;
    }

    /** @return the current phase, or empty once the round is finished */
    public Optional<Phase> currentPhase() {
        int index = timer.currentPhase();
        return index < framework.phases().size() ? Optional.of(framework.phases().get(index)) : Optional.empty();
    }

    /**
     * The design prompt stays hidden while the round is in its behavioral phases, as in a
     * bar-raiser round where the story comes first; a framework with no behavioral phase
     * shows it from the start.
     *
     * @return whether the design prompt is shown
     */
    public boolean designRevealed() {
        return currentPhase().map(p -> p.prompt() == PromptKind.DESIGN).orElse(true)
                || !framework.hasBehavioralPhase();
    }

    /** @return the round's whiteboard, empty at the start */
    public Sketch sketch() {
        return sketch;
    }

    /** @return the notes pane's text */
    public String notes() {
        return notes;
    }

    /** @param text the notes pane's text; {@code null} is taken as empty */
    public void setNotes(String text) {
        notes = text == null ? "" : text;
    }

    /** @return planned (after extensions) against actual time of every phase, with pauses, in framework order */
    public List<PhaseTime> phaseTimes() {
        List<Long> planned = timer.plannedMillis();
        List<Long> actual = timer.actualMillis();
        List<Long> paused = timer.pausedMillis();
        List<Integer> pauses = timer.pauseCounts();
        List<PhaseTime> times = new ArrayList<>();
        for (int i = 0; i < framework.phases().size(); i++) {
            Phase phase = framework.phases().get(i);
            times.add(new PhaseTime(phase.id(), phase.title(), planned.get(i), actual.get(i), paused.get(i),
                    pauses.get(i)));
        }
        return times;
    }

    /**
     * Builds the attempt to save from this finished round and the user's self-scoring.
     *
     * @param sketchPng  the sketch rendered as a PNG, empty if nothing was drawn
     * @param scores     one score per rubric dimension
     * @param failures   the failure modes ticked
     * @param verdict    the overall verdict
     * @param reflection the free-text reflection
     * @throws IllegalStateException if the round has not finished
     */
    public Attempt toAttempt(byte[] sketchPng, List<DimensionScore> scores,
                             List<FailureModeHit> failures, Verdict verdict, String reflection) {
        if (endedAt == null) {
            throw new IllegalStateException("finish the round before scoring it");
        }
        var pack = question.pack().pack();
        var q = question.question();
        return new Attempt(null, pack.id(), pack.version(), q.id(), q.title(), q.behavioral().prompt(),
                q.design().prompt(), framework.id(), framework.title(), startedAt, endedAt, phaseTimes(), notes,
                sketchJson(), sketchPng, scores, failures, verdict, reflection, probes.responses());
    }
}
