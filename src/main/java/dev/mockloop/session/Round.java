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
    private final Sketch sketch = new Sketch();
    private Instant startedAt;
    private Instant endedAt;
    private String notes = "";

    /**
     * @param question  the question to practise
     * @param framework the framework to run it on, usually {@code question.framework()}
     * @param ticker    monotonic time for the phase timer
     * @param clock     wall-clock time for the start and end stamps
     */
    public Round(LibraryQuestion question, Framework framework, Ticker ticker, Clock clock) {
        this.question = question;
        this.framework = framework;
        this.clock = clock;
        this.timer = new PhaseTimer(framework.phases().stream().map(Phase::plannedMillis).toList(), ticker);
        sketch.setClock(() -> new SketchStamp(timer.snapshot().roundElapsedMs(),
                currentPhase().map(Phase::id).orElse("")));
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

    /** @return planned against actual time of every phase, in framework order */
    public List<PhaseTime> phaseTimes() {
        List<Long> actual = timer.actualMillis();
        List<PhaseTime> times = new ArrayList<>();
        for (int i = 0; i < framework.phases().size(); i++) {
            Phase phase = framework.phases().get(i);
            times.add(new PhaseTime(phase.id(), phase.title(), phase.plannedMillis(), actual.get(i)));
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
                SketchCodec.toJson(sketch), sketchPng, scores, failures, verdict, reflection);
    }
}
