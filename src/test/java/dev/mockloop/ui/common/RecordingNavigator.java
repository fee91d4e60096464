package dev.mockloop.ui.common;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;
import java.util.ArrayList;
import java.util.List;

/** A navigator for view-model tests: remembers where each screen asked to go, as "attempt 3", "home"… */
public final class RecordingNavigator implements Navigator {

    private final List<String> visits = new ArrayList<>();
    private ActiveRound scored;

    /** @return every place asked for, oldest first */
    public List<String> visits() {
        return visits;
    }

    /** @return the last place asked for, or "" when none was */
    public String last() {
        return visits.isEmpty() ? "" : visits.get(visits.size() - 1);
    }

    /** @return the round last sent to scoring, or null */
    public ActiveRound scored() {
        return scored;
    }

    @Override
    public void home() {
        visits.add("home");
    }

    @Override
    public void practise(LibraryQuestion question, Framework framework) {
        visits.add("practise " + question.key());
    }

    @Override
    public void frameworks() {
        visits.add("frameworks");
    }

    @Override
    public void score(ActiveRound round) {
        scored = round;
        visits.add("score");
    }

    @Override
    public void history() {
        visits.add("history");
    }

    @Override
    public void attempt(long attemptId) {
        visits.add("attempt " + attemptId);
    }

    @Override
    public void compare(long leftAttemptId, long rightAttemptId) {
        visits.add("compare " + leftAttemptId + " " + rightAttemptId);
    }

    @Override
    public void progress() {
        visits.add("progress");
    }
}
