package dev.mockloop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.Probe;
import dev.mockloop.sketch.Point;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private Round roundInTheDeepDive() {
        LibraryQuestion q = LIBRARY.questions().stream()
                .filter(x -> x.question().design().probes().stream().map(Probe::phase).anyMatch("deep-dive"::equals))
                .filter(x -> x.question().framework().equals("paired-45"))
                .findFirst().orElseThrow();
        Round round = new Round(q, q.framework(), ticker, clock);
        round.start();
        ticker.advanceMillis(61_000);
        round.timer().extend(60_000, ExtendMode.ADD_TO_ROUND);
        for (int i = 0; i < 5; i++) {
            round.timer().next();
        }
        ticker.advanceMillis(9 * 60_000 - 1);
        round.probes().update(round.timer().snapshot());
        round.probes().acknowledge(0);
        round.setNotes("shard by merchant");
        round.sketch().addStroke("#000000", 2, List.of(new Point(1, 2), new Point(3, 4)));
        round.timer().pause();
        return round;
    }

    @Test
    void draftSurvivesReopeningAndRestoresTheRoundExactly() throws Exception {
        Round round = roundInTheDeepDive();
        RoundDraft draft = round.draft();
        try (Database db = Database.open(dir.resolve("m.db"))) {
            new DraftRepository(db, clock).save(draft);
        }
        RoundDraft loaded;
        try (Database db = Database.open(dir.resolve("m.db"))) {
            loaded = new DraftRepository(db, clock).load().orElseThrow();
        }
        assertEquals(draft, loaded);

        Round back = Round.restore(loaded, round.question(), new ManualTicker(), clock);
        assertEquals(round.timer().actualMillis(), back.timer().actualMillis());
        assertEquals(round.timer().plannedMillis(), back.timer().plannedMillis());
        assertEquals(round.timer().currentPhase(), back.timer().currentPhase());
        assertEquals("shard by merchant", back.notes());
        assertEquals(round.sketch().strokes(), back.sketch().strokes());
        assertEquals(round.probes().responses(), back.probes().responses());
    }

    @Test
    void savingTheAttemptClearsTheDraftInTheSameTransaction() {
        Round round = roundInTheDeepDive();
        round.finish();
        try (Database db = Database.open(dir.resolve("m.db"))) {
            DraftRepository drafts = new DraftRepository(db, clock);
            drafts.save(round.draft());
            round.setScoreSheet(dev.mockloop.attempt.ScoreSheet.EMPTY.withVerdict(dev.mockloop.attempt.Verdict.HIRE));
            new AttemptRepository(db).save(round.toAttempt(new byte[0], true), DraftRepository::clearIn);
            assertTrue(drafts.load().isEmpty());
        }
    }

    @Test
    void unfinishedRoundIsKeptWithItsTimingsAndNoVerdict() {
        Round round = roundInTheDeepDive();
        try (Database db = Database.open(dir.resolve("m.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            Attempt saved = attempts.save(round.draft().toUnfinishedAttempt());
            Attempt back = attempts.find(saved.id()).orElseThrow();
            assertNull(back.verdict());
            assertEquals("shard by merchant", back.notes());
            assertEquals(round.timer().actualMillis(), back.phases().stream().map(p -> p.actualMs()).toList());
            assertNull(attempts.listSummaries().get(0).verdict(), "history shows it as unfinished");
        }
    }
}
