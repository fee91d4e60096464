package dev.mockloop.ui.recovery;

import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.pack.Phase;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.TimerMemento;
import dev.mockloop.session.TimerState;
import dev.mockloop.ui.common.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * What the recovery screen says about the round it offers, in the words of the state the
 * round was in when Mockloop stopped: not started, running in a phase, paused in a phase,
 * or finished and being scored (with the picks made so far). Plain text, unit-tested.
 */
public final class RecoveryText {

    private RecoveryText() {
    }

    /** The state a draft was saved in, as the recovery screen names it. */
    public enum Stage {
        NOT_STARTED, RUNNING, PAUSED, BEING_SCORED
    }

    /** @return the state the round was in when it was last autosaved */
    public static Stage stage(RoundDraft draft) {
        TimerState state = draft.timer().state();
        return switch (state) {
            case NOT_STARTED -> Stage.NOT_STARTED;
            case RUNNING -> Stage.RUNNING;
            case PAUSED -> Stage.PAUSED;
            case FINISHED -> Stage.BEING_SCORED;
        };
    }

    /**
     * @param dimensions the rubric's dimension count, or 0 when the question's pack is gone
     * @param zone       the zone the start time is shown in
     * @return e.g. "“Design a feed” on Paired 45, started 21 Nov 2026, 09:30. It was in
     *         Estimates (phase 3 of 7) with 1:20 left in the phase, 14:05 into the round."
     */
    public static String describe(RoundDraft draft, int dimensions, ZoneId zone) {
        String what = "\u201c" + draft.questionTitle() + "\u201d on " + draft.framework().title();
        String started = draft.startedAtMs() == 0 ? "" : ", started " + DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(Instant.ofEpochMilli(draft.startedAtMs()).atZone(zone));
        String elapsed = TimeText.duration(draft.elapsedMs());
        return switch (stage(draft)) {
            case NOT_STARTED -> what + ". It had not started: the clock never ran"
                    + (draft.notes().isBlank() ? "." : ", but its notes were kept.");
            case RUNNING -> what + started + ". It was running in " + where(draft) + ", " + elapsed
                    + " into the round.";
            case PAUSED -> what + started + ". It was paused in " + where(draft) + ", " + elapsed
                    + " into the round.";
            case BEING_SCORED -> what + started + ". It finished after " + elapsed + " and was being scored: "
                    + picks(draft.scoreSheet(), dimensions) + ".";
        };
    }

    /** @return what resuming does, for the line under the description */
    public static String onResume(RoundDraft draft) {
        return switch (stage(draft)) {
            case NOT_STARTED -> "Resume opens it before the start, with its notes and sketch.";
            case RUNNING, PAUSED -> "Its notes, sketch and timer were autosaved; at most the last 5 seconds are "
                    + "missing. If you resume, the clock stays paused until you press Resume.";
            case BEING_SCORED -> "Resume opens the scoring screen with the picks you had made.";
        };
    }

    /** @return the resume button's label */
    public static String resumeLabel(RoundDraft draft) {
        return switch (stage(draft)) {
            case NOT_STARTED -> "Open it again";
            case RUNNING, PAUSED -> "Resume the round";
            case BEING_SCORED -> "Carry on scoring";
        };
    }

    /** @return e.g. "Estimates (phase 3 of 7) with 1:20 left in the phase", or "+0:40 over" */
    static String where(RoundDraft draft) {
        TimerMemento timer = draft.timer();
        List<Phase> phases = draft.framework().phases();
        int i = Math.min(timer.current(), phases.size() - 1);
        long left = timer.plannedMs().get(i) - timer.activeNanos().get(i) / 1_000_000;
        String time = left >= 0 ? " with " + TimeText.countdown(left) + " left in the phase"
                : ", " + TimeText.countdown(left) + " over its time";
        return phases.get(i).title() + " (phase " + (i + 1) + " of " + phases.size() + ")" + time;
    }

    /** @return e.g. "3 of 5 dimensions scored, verdict Lean hire, 2 failure modes ticked" */
    static String picks(ScoreSheet sheet, int dimensions) {
        if (sheet.isBlank()) {
            return "nothing was picked yet";
        }
        List<String> parts = new ArrayList<>();
        int scored = sheet.levels().size();
        parts.add(dimensions > 0 ? scored + " of " + dimensions + " dimensions scored"
                : scored + (scored == 1 ? " dimension scored" : " dimensions scored"));
        parts.add(sheet.verdict() == null ? "no verdict yet" : "verdict " + sheet.verdict().label());
        int ticked = sheet.failureModeIds().size();
        if (ticked > 0) {
            parts.add(ticked + (ticked == 1 ? " failure mode ticked" : " failure modes ticked"));
        }
        if (!sheet.text().isBlank()) {
            parts.add("a reflection written");
        }
        return String.join(", ", parts);
    }
}
