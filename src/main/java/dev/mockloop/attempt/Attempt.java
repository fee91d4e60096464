package dev.mockloop.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One finished practice round, as saved: what was asked, how the time went, what the
 * user drew and wrote, and how they scored themselves.
 *
 * <p>Titles and prompts are copied from the pack at the time of the round, so an
 * attempt stays readable after its pack is updated or removed.
 *
 * @param id               database id, or {@code null} before the attempt is saved
 * @param packId           the pack's stable id
 * @param packVersion      the pack's semantic version at the time of the round
 * @param questionId       the question's id in the pack
 * @param questionTitle    the question's title
 * @param behavioralPrompt the behavioral prompt as asked
 * @param designPrompt     the design prompt as asked
 * @param frameworkId      the id of the framework the round ran on
 * @param frameworkTitle   its title
 * @param startedAt        wall-clock start of the round
 * @param endedAt          wall-clock end of the round
 * @param phases           planned against actual time, in framework order
 * @param notes            the notes pane's text
 * @param sketchJson       the sketch as vectors, in the sketch codec's JSON
 * @param sketchPng        the sketch rendered as a PNG image; empty when nothing was drawn
 * @param scores           one score per rubric dimension, in rubric order
 * @param failureModes     the failure modes the user ticked
 * @param verdict          the overall verdict, or {@code null} for an unfinished round kept after a crash
 * @param reflection       the free-text reflection
 * @param probes           the interviewer probes that appeared, in order of appearance
 * @param roundId          the id of the round the attempt came from (a UUID string), which
 *                         what hangs off a round (coverage, an interviewer's sheet, a recording)
 *                         is keyed on; {@code null} before the attempt is saved means "make one"
 * @param inStats          whether the attempt counts in the stats and the schedule; a round the
 *                         user chose to keep out (e.g. one shorter than five minutes) does not
 */
public record Attempt(
        Long id,
        String packId,
        String packVersion,
        String questionId,
        String questionTitle,
        String behavioralPrompt,
        String designPrompt,
        String frameworkId,
        String frameworkTitle,
        Instant startedAt,
        Instant endedAt,
        List<PhaseTime> phases,
        String notes,
        String sketchJson,
        byte[] sketchPng,
        List<DimensionScore> scores,
        List<FailureModeHit> failureModes,
        Verdict verdict,
        String reflection,
        List<ProbeResponse> probes,
        String roundId,
        boolean inStats) {

    public Attempt {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        phases = List.copyOf(phases);
        scores = List.copyOf(scores);
        failureModes = List.copyOf(failureModes);
        probes = probes == null ? List.of() : List.copyOf(probes);
        notes = notes == null ? "" : notes;
        reflection = reflection == null ? "" : reflection;
        sketchPng = sketchPng == null ? new byte[0] : sketchPng;
    }

    /** An attempt counted in the stats, with a round id made when it is saved. */
    public Attempt(Long id, String packId, String packVersion, String questionId, String questionTitle,
                   String behavioralPrompt, String designPrompt, String frameworkId, String frameworkTitle,
                   Instant startedAt, Instant endedAt, List<PhaseTime> phases, String notes, String sketchJson,
                   byte[] sketchPng, List<DimensionScore> scores, List<FailureModeHit> failureModes,
                   Verdict verdict, String reflection, List<ProbeResponse> probes) {
        this(id, packId, packVersion, questionId, questionTitle, behavioralPrompt, designPrompt, frameworkId,
                frameworkTitle, startedAt, endedAt, phases, notes, sketchJson, sketchPng, scores, failureModes,
                verdict, reflection, probes, null, true);
    }

    /** An attempt with no probes, as rounds before probes were recorded. */
    public Attempt(Long id, String packId, String packVersion, String questionId, String questionTitle,
                   String behavioralPrompt, String designPrompt, String frameworkId, String frameworkTitle,
                   Instant startedAt, Instant endedAt, List<PhaseTime> phases, String notes, String sketchJson,
                   byte[] sketchPng, List<DimensionScore> scores, List<FailureModeHit> failureModes,
                   Verdict verdict, String reflection) {
        this(id, packId, packVersion, questionId, questionTitle, behavioralPrompt, designPrompt, frameworkId,
                frameworkTitle, startedAt, endedAt, phases, notes, sketchJson, sketchPng, scores, failureModes,
                verdict, reflection, List.of());
    }

    /** @return the same attempt with the database id set */
    public Attempt withId(long newId) {
        return new Attempt(newId, packId, packVersion, questionId, questionTitle, behavioralPrompt,
                designPrompt, frameworkId, frameworkTitle, startedAt, endedAt, phases, notes,
                sketchJson, sketchPng, scores, failureModes, verdict, reflection, probes, roundId, inStats);
    }

    /** @return the same attempt with this round id */
    public Attempt withRoundId(String id) {
        return new Attempt(this.id, packId, packVersion, questionId, questionTitle, behavioralPrompt,
                designPrompt, frameworkId, frameworkTitle, startedAt, endedAt, phases, notes,
                sketchJson, sketchPng, scores, failureModes, verdict, reflection, probes, id, inStats);
    }

    /** @return the same attempt, counted in the stats or kept out of them */
    public Attempt withInStats(boolean counted) {
        return new Attempt(id, packId, packVersion, questionId, questionTitle, behavioralPrompt,
                designPrompt, frameworkId, frameworkTitle, startedAt, endedAt, phases, notes,
                sketchJson, sketchPng, scores, failureModes, verdict, reflection, probes, roundId, counted);
    }

    /** @return the time spent in phases (pauses excluded), the sum of the phases' actual ms */
    public Duration activeTime() {
        return Duration.ofMillis(phases.stream().mapToLong(PhaseTime::actualMs).sum());
    }

    /** @return whether the round was scored; an unfinished one was kept after a crash without a score */
    public boolean finished() {
        return verdict != null;
    }

    /** @return the mean of the dimension scores, 1.0 to 4.0, or NaN with no scores */
    public double meanScore() {
        return scores.stream().mapToInt(DimensionScore::score).average().orElse(Double.NaN);
    }
}
