package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.Round;
import dev.mockloop.settings.Settings;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.scoring.ScoringViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk or a read-only folder: the user is told, the round stays in memory, and saving is retried. */
class SaveFailuresTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final LibraryQuestion question = LIBRARY.questions().get(0);
    private final Round round = new Round(question, question.framework(), ticker, Clock.systemUTC());

    @Test
    void failedAutosaveIsShownAndTheNextSuccessfulOneClearsIt() {
        List<String> outcomes = new ArrayList<>(List.of("disk full", "ok"));
        DraftSink flaky = (draft, saved, failed) -> {
            String next = outcomes.remove(0);
            if (next.equals("ok")) {
                saved.run();
            } else {
                failed.accept("No space left on device");
            }
        };
        try (Database db = Database.open(dir.resolve("m.db"))) {
            SettingsModel settings = new SettingsModel(Settings.DEFAULTS, new dev.mockloop.settings.SettingsRepository(db),
                    new DirectTaskRunner());
            SessionViewModel model = new SessionViewModel(round, navigator(), settings, CuePlayer.silent(), ticker, flaky);
            model.primary();  // start: saved at once, which fails
            assertTrue(model.autosaveProblemProperty().get().contains("No space left on device"));
            assertTrue(model.autosaveProblemProperty().get().contains("kept in memory"));
            model.notesProperty().set("still here");
            ticker.advanceMillis(5_000);
            model.refresh();  // the periodic autosave retries, and succeeds
            assertEquals("", model.autosaveProblemProperty().get());
            assertEquals("still here", round.notes());
        }
    }

    @Test
    void failedSaveKeepsTheScoresAndOffersSaveAgain() {
        round.start();
        round.finish();
        Database db = Database.open(dir.resolve("m.db"));
        AttemptRepository attempts = new AttemptRepository(db);
        ScoringViewModel scoring = new ScoringViewModel(round, attempts, new DirectTaskRunner(), navigator(), () -> new byte[0]);
        scoring.dimensions().forEach(d -> d.level().set(3));
        scoring.verdictProperty().set(Verdict.HIRE);
        db.close();  // as a vanished or read-only data folder would

        scoring.save();

        assertTrue(scoring.errorProperty().get().startsWith("The attempt was not saved"), scoring.errorProperty().get());
        assertTrue(scoring.canSave().get(), "Save can be pressed again");
        assertEquals(3, scoring.dimensions().get(0).level().get(), "the scores are still there");
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
            public void score(Round round) {
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
