package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.TestRounds;
import dev.mockloop.settings.Settings;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.scoring.ScoringViewModel;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk or a read-only folder: the user is told, the round stays in memory, and saving is retried. */
class SaveFailuresTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final LibraryQuestion question = LIBRARY.questions().get(0);

    /** Notes big enough that saving them needs new pages in the file. */
    private static String bigNotes() {
        return "numbers first. ".repeat(20_000);
    }

    @Test
    void failedAutosaveIsShownAndTheNextSuccessfulOneClearsIt() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsModel settings = new SettingsModel(Settings.DEFAULTS, new dev.mockloop.settings.SettingsRepository(db),
                    new DirectTaskRunner());
            ActiveRound round = TestRounds.inLine(db, ticker, Clock.systemUTC()).begin(question, null);
            SessionViewModel model = new SessionViewModel(round, navigator(), settings, CuePlayer.silent(), ticker);
            TestRounds.diskFull(db, true);
            model.notesProperty().set(bigNotes());
            model.primary();  // start: saved at once, which fails
            model.refresh();
            assertTrue(model.autosaveProblemProperty().get().contains("full"), model.autosaveProblemProperty().get());
            assertTrue(model.autosaveProblemProperty().get().contains("kept in memory"));
            TestRounds.diskFull(db, false);
            model.primary();  // paused: nothing changes from here on, yet the failed save is tried again
            ticker.advanceMillis(5_000);
            model.refresh();
            assertEquals("", model.autosaveProblemProperty().get());
            assertEquals(bigNotes(), new DraftRepository(db, Clock.systemUTC()).load().orElseThrow().notes());
        }
    }

    @Test
    void failedSaveKeepsTheScoresAndOffersSaveAgain() {
        Database db = Database.open(dir.resolve("m.db"));
        ActiveRound round = TestRounds.inLine(db, ticker, Clock.systemUTC()).begin(question, null);
        round.start();
        ticker.advanceMillis(6 * 60_000);
        round.finish();
        ScoringViewModel scoring = new ScoringViewModel(round, navigator(), () -> new byte[0], dev.mockloop.ui.coach.TestCoverage.off());
        scoring.sheet().dimensions().forEach(d -> d.level().set(3));
        scoring.sheet().verdictProperty().set(Verdict.HIRE);
        db.close();  // as a vanished or read-only data folder would

        scoring.save(true);

        assertTrue(scoring.errorProperty().get().startsWith("The attempt was not saved"), scoring.errorProperty().get());
        assertTrue(scoring.canSave().get(), "Save can be pressed again");
        assertEquals(3, scoring.sheet().dimensions().get(0).level().get(), "the scores are still there");
    }

    private static Navigator navigator() {
        return new Navigator() {
            @Override
            public void home() {
            }

            @Override
            public void practise(LibraryQuestion question, dev.mockloop.pack.Framework framework) {
            }

            @Override
            public void frameworks() {
            }

            @Override
            public void score(ActiveRound round) {
            }

            @Override
            public void history() {
            }

            @Override
            public void attempt(long attemptId) {
            }
        };
    }
}
