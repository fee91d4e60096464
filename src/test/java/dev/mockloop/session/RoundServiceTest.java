package dev.mockloop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.ProbeFate;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundServiceTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static LibraryQuestion questionWithProbes() {
        return LIBRARY.questions().stream().filter(q -> q.question().design().probes().size() >= 2)
                .filter(q -> q.framework().phases().size() >= 4).findFirst().orElseThrow();
    }

    private Database db() {
        return Database.open(dir.resolve("m.db"));
    }

    private static ScoreSheet fourPicks(LibraryQuestion q) {
        var dims = q.pack().pack().rubric().dimensions();
        return new ScoreSheet(Map.of(dims.get(0).id(), 3, dims.get(1).id(), 2, dims.get(2).id(), 4, dims.get(3).id(), 1),
                List.of(), null, "");
    }

    @Test
    void scoresPickedOnTheScoringScreenComeBackAfterACrash() throws Exception {
        LibraryQuestion q = questionWithProbes();
        String roundId;
        try (Database db = db()) {
            ActiveRound round = TestRounds.inLine(db, ticker, clock).begin(q, null);
            round.start();
            ticker.advanceMillis(6 * 60_000);
            round.finish();
            round.updateScoreSheet(fourPicks(q));
            roundId = round.roundId();
        }  // the process dies here: nothing else runs
        try (Database db = db()) {
            RoundService restarted = TestRounds.inLine(db, new ManualTicker(), clock);
            RoundDraft draft = restarted.loadDraft().orElseThrow();
            ActiveRound back = restarted.resume(draft, q);
            assertEquals(fourPicks(q), back.round().scoreSheet());
            assertEquals(roundId, back.roundId(), "the round keeps its id");
            assertTrue(back.recovered());
            assertTrue(draft.finished(), "it goes straight back to scoring");
        }
    }

    @Test
    void savingWritesTheAttemptUnderTheRoundsIdClearsTheDraftAndTellsListeners() {
        LibraryQuestion q = questionWithProbes();
        try (Database db = db()) {
            RoundService service = TestRounds.inLine(db, ticker, clock);
            List<Attempt> heard = new ArrayList<>();
            service.addListener(new RoundListener() {
                @Override
                public void saved(ActiveRound round, Attempt attempt) {
                    heard.add(attempt);
                }
            });
            ActiveRound round = service.begin(q, null);
            round.start();
            ticker.advanceMillis(6 * 60_000);
            round.finish();
            round.updateScoreSheet(fourPicks(q).withVerdict(Verdict.HIRE));

            Attempt saved = round.save(new byte[0], true).toCompletableFuture().join();

            assertEquals(round.roundId(), saved.roundId());
            assertTrue(service.loadDraft().isEmpty());
            assertEquals(List.of(saved), heard);
            assertTrue(round.over());
        }
    }

    @Test
    void abandoningARoundDeletesItsDraft() {
        try (Database db = db()) {
            RoundService service = TestRounds.inLine(db, ticker, clock);
            ActiveRound round = service.begin(questionWithProbes(), null);
            round.start();
            assertTrue(service.loadDraft().isPresent());

            round.abandon().toCompletableFuture().join();

            assertTrue(service.loadDraft().isEmpty());
            round.setNotes("typed after abandoning");
            round.tick();
            ticker.advanceMillis(10_000);
            round.tick();
            assertTrue(service.loadDraft().isEmpty(), "an abandoned round writes no more drafts");
        }
    }

    @Test
    void aProbeFiredByAnInterviewerAppearsOnTheNextTickAndItsResponseTimeIsKept() {
        LibraryQuestion q = questionWithProbes();
        try (Database db = db()) {
            RoundService service = TestRounds.inLine(db, ticker, clock);
            List<String> shown = new ArrayList<>();
            service.addListener(new RoundListener() {
                @Override
                public void probeShown(ActiveRound round, ScheduledProbe probe) {
                    shown.add(probe.text());
                }
            });
            ActiveRound round = service.begin(q, null);
            round.start();
            ScheduledProbe last = round.round().probes().schedule().get(round.round().probes().schedule().size() - 1);

            assertTrue(round.fireProbe(last.index()));
            assertFalse(round.fireProbe(last.index()), "a probe is shown once");
            List<ScheduledProbe> due = round.tick();
            ticker.advanceMillis(12_000);
            round.acknowledge(due.get(0));

            assertEquals(List.of(last.text()), shown);
            ProbeResponse response = round.round().probes().responses().get(0);
            assertEquals(12_000L, response.responseMs());
        }
    }

    @Test
    void anInterviewersNudgeReachesTheRoundsOwnListeners() {
        try (Database db = db()) {
            ActiveRound round = TestRounds.inLine(db, ticker, clock).begin(questionWithProbes(), null);
            List<String> said = new ArrayList<>();
            round.addListener(new RoundListener() {
                @Override
                public void nudged(ActiveRound r, String message) {
                    said.add(message);
                }
            });
            round.nudge("before the start: ignored");
            round.start();
            round.nudge("Move on to the deep dive");
            assertEquals(List.of("Move on to the deep dive"), said);
        }
    }

    @Test
    void aSaveThatNeverCompletesIsReportedAfterFifteenSeconds() {
        List<Runnable> stuck = new ArrayList<>();  // the save thread never gets to run
        try (Database db = db()) {
            ActiveRound round = TestRounds.with(db, ticker, clock, stuck::add).begin(questionWithProbes(), null);
            round.start();
            ticker.advanceMillis(14_000);
            round.tick();
            assertFalse(round.autosave().troubled(), "14 s is not yet stuck");
            ticker.advanceMillis(2_000);
            round.tick();
            assertTrue(round.autosave().stale());
            assertTrue(round.autosave().message().startsWith("Nothing has been autosaved for 16 s"),
                    round.autosave().message());

            stuck.forEach(Runnable::run);  // the thread frees up: the newest draft is written
            assertEquals(AutosaveStatus.SAVED, round.autosave());
        }
    }

    @Test
    void aBurstOfChangesCostsOneWriteOfTheNewest() {
        LibraryQuestion q = questionWithProbes();
        List<Runnable> queued = new ArrayList<>();
        try (Database db = db()) {
            RoundService service = TestRounds.with(db, ticker, clock, queued::add);
            ActiveRound round = service.begin(q, null);
            round.start();
            round.finish();
            ScoreSheet sheet = ScoreSheet.EMPTY;
            for (int i = 0; i < 20; i++) {
                sheet = sheet.withText("reflection typed letter by letter".substring(0, i + 1));
                round.updateScoreSheet(sheet);
            }
            assertEquals(1, queued.size(), "one write waits, whatever the number of changes");
            queued.remove(0).run();
            assertEquals(sheet, service.loadDraft().orElseThrow().scoreSheet());
        }
    }

    @Test
    void aProbeWhosePhaseWasSkippedIsOnTheAttemptAsMissed() {
        LibraryQuestion q = questionWithProbes();
        try (Database db = db()) {
            ActiveRound round = TestRounds.inLine(db, ticker, clock).begin(q, null);
            round.start();
            int phases = q.framework().phases().size();
            for (int i = 0; i < phases - 1; i++) {
                ticker.advanceMillis(1_000);
                round.tick();
                round.next();
            }
            ticker.advanceMillis(1_000);
            round.finish();
            round.updateScoreSheet(ScoreSheet.EMPTY.withVerdict(Verdict.NO_HIRE));

            Attempt saved = round.save(new byte[0], false).toCompletableFuture().join();

            assertEquals(round.round().probes().schedule().size(), saved.probes().size(), "no probe is lost");
            assertTrue(saved.probes().stream().allMatch(p -> ProbeFate.of(p, saved.phases()) == ProbeFate.SKIPPED),
                    saved.probes().toString());
            assertFalse(saved.inStats());
        }
    }
}
