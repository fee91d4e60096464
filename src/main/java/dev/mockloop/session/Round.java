package dev.mockloop.session;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ScoreSheet;
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
import java.util.UUID;

/**
 * One practice round in progress: the question, its framework's phase timer, the
 * sketch, the notes and, once it is over, the score sheet being filled. Phase times come from the injected {@link Ticker}; the wall-clock start and end
 * stored with the attempt come from the injected {@link Clock}. The sketch stamps each of its
 * operations with the round's elapsed ms and current phase id, read from the phase timer.
 *
 * <p>Not thread-safe: the UI thread owns it.
 */
public final class Round {

    private final LibraryQuestion question;
    private final Framework framework;
    private final String id;
    private final Clock clock;
    private final PhaseTimer timer;
    private final Sketch sketch;
    private final ProbeTracker probes;
    private Instant startedAt;
    private Instant endedAt;
    private String notes = "";
    private ScoreSheet scoreSheet = ScoreSheet.EMPTY;
    private String sketchJson;
    private long sketchJsonRevision;

    /**
     * @param question  the question to practise
     * @param framework the framework to run it on, usually {@code question.framework()}
     * @param ticker    monotonic time for the phase timer
     * @param clock     wall-clock time for the start and end stamps
     */
    public Round(LibraryQuestion question, Framework framework, Ticker ticker, Clock clock) {
        this(UUID.randomUUID().toString(), question, framework, clock,
                new PhaseTimer(framework.phases().stream().map(Phase::plannedMillis).toList(), ticker),
                new Sketch(), new ProbeTracker(ProbeSchedule.plan(question.question().design().probes(), framework),
                        ticker));
    }

    private Round(String id, LibraryQuestion question, Framework framework, Clock clock, PhaseTimer timer,
                  Sketch sketch, ProbeTracker probes) {
        this.id = id;
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
     * Rebuilds a round from its draft, e.g. after a crash: same id, timer (paused), notes,
     * sketch, probes and score sheet. A draft from before round ids gets a new one.
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
        Round round = new Round(draft.roundId() == null ? UUID.randomUUID().toString() : draft.roundId(),
                question, framework, clock, PhaseTimer.restore(draft.timer(), ticker),
                SketchCodec.fromJson(draft.sketchJson()), probes);
        round.startedAt = draft.startedAtMs() == 0 ? null : Instant.ofEpochMilli(draft.startedAtMs());
        round.notes = draft.notes();
        round.scoreSheet = draft.scoreSheet();
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
                notes, sketchJson(), probes.responses(), id, scoreSheet);
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

    /** @return the round's id, a UUID string: the same in its draft, after a resume and on its attempt */
    public String id() {
        return id;
    }

    /** @return the score sheet as filled so far; empty until scoring starts */
    public ScoreSheet scoreSheet() {
        return scoreSheet;
    }

    /** @param sheet the score sheet as filled now */
    public void setScoreSheet(ScoreSheet sheet) {
        scoreSheet = sheet == null ? ScoreSheet.EMPTY : sheet;
    }

    /** @return whether the clock has run for fewer than {@code ms} milliseconds, pauses excluded */
    public boolean shorterThan(long ms) {
        return timer.snapshot().roundElapsedMs() < ms;
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
     * Builds the attempt to save from this finished round and its score sheet.
     *
     * @param sketchPng the sketch rendered as a PNG, empty if nothing was drawn
     * @param inStats   whether the attempt counts in the stats and the schedule
     * @throws IllegalStateException if the round has not finished
     */
    public Attempt toAttempt(byte[] sketchPng, boolean inStats) {
        if (endedAt == null) {
            throw new IllegalStateException("finish the round before scoring it");
        }
        var pack = question.pack().pack();
        var q = question.question();
        return new Attempt(null, pack.id(), pack.version(), q.id(), q.title(), q.behavioral().prompt(),
                q.design().prompt(), framework.id(), framework.title(), startedAt, endedAt, phaseTimes(), notes,
                sketchJson(), sketchPng, scoreSheet.scores(pack.rubric()), scoreSheet.hits(pack.failureModes()),
                scoreSheet.verdict(), scoreSheet.text(), probeResponses(), id, inStats);
    }

    /**
     * @return every probe on the schedule: the shown ones in order of appearance, then the ones
     *         never shown (so a skipped probe is not lost), as the attempt will keep them
     */
    public List<dev.mockloop.attempt.ProbeResponse> probeResponses() {
        List<dev.mockloop.attempt.ProbeResponse> all = new ArrayList<>(probes.responses());
        all.addAll(probes.unshown());
        return all;
    }
}
