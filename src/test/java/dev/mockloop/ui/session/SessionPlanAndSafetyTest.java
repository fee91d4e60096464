package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TestRounds;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.Navigator;
import dev.mockloop.ui.common.SettingsModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round screen's state without a screen: what the clock, the chips and the probe list say. */
class SessionPlanAndSafetyTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final List<String> went = new ArrayList<>();
    private Database db;
    private SessionViewModel model;
    private LibraryQuestion question;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        question = LIBRARY.questions().stream().filter(q -> q.question().framework().equals("paired-45"))
                .filter(q -> q.question().design().probes().stream().anyMatch(p -> "requirements".equals(p.phase())))
                .findFirst().orElseThrow();
        ActiveRound round = TestRounds.inLine(db, ticker, clock).begin(question, null);
        Navigator navigator = new Navigator() {
            @Override
            public void home() {
                went.add("home");
            }

            @Override
            public void practise(LibraryQuestion q, Framework f) {
            }

            @Override
            public void frameworks() {
            }

            @Override
            public void score(ActiveRound r) {
                went.add("score");
            }

            @Override
            public void history() {
            }

            @Override
            public void attempt(long attemptId) {
            }
        };
        model = new SessionViewModel(round, navigator, new SettingsModel(Settings.DEFAULTS,
                new SettingsRepository(db), new DirectTaskRunner()), CuePlayer.silent(), ticker);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theChipsFollowThePlanWhenAnExtensionTakesFromTheNextPhase() {
        model.primary();
        long story = model.phasePlans().get(0);
        long requirements = model.phasePlans().get(1);
        model.extend(1);
        assertEquals(story + 60_000, model.phasePlans().get(0));
        assertEquals(requirements - 60_000, model.phasePlans().get(1));
        assertEquals(question.framework().plannedMillis(), model.phasePlans().stream().mapToLong(Long::longValue).sum(),
                "the round keeps its length");
    }

    @Test
    void captionsSayOverOncePastTheBudget() {
        model.primary();
        assertEquals("left in phase", model.phaseCaptionProperty().get());
        ticker.advanceMillis(model.phasePlans().get(0) + 69_000);
        model.refresh();
        assertEquals("+1:09", model.phaseTimeProperty().get());
        assertEquals("over in phase", model.phaseCaptionProperty().get());
        assertEquals("left in round", model.roundCaptionProperty().get());
        ticker.advanceMillis(question.framework().plannedMillis());
        model.refresh();
        assertEquals("over in round", model.roundCaptionProperty().get());
    }

    @Test
    void aProbeWhosePhaseWasLeftIsMissedUntilThePhaseComesBack() {
        model.primary();
        model.next();
        ScheduledProbe probe = model.round().probes().schedule().stream()
                .filter(p -> p.phaseIndex() == 1).findFirst().orElseThrow();
        ticker.advanceMillis(1_000);
        model.refresh();
        assertFalse(model.missedProbes().contains(probe));
        model.next();
        assertTrue(model.missedProbes().contains(probe), "left before its minute");
        model.back();
        assertFalse(model.missedProbes().contains(probe), "back in its phase: it can still come");
    }

    @Test
    void aRoundNotStartedWithNothingTypedHasNothingToLose() {
        assertTrue(model.nothingToLose());
        model.notesProperty().set("a number");
        assertFalse(model.nothingToLose());
        model.notesProperty().set("");
        model.primary();
        assertFalse(model.nothingToLose(), "a started round always asks");
    }

    @Test
    void abandoningGoesHomeWithNoDraftLeft() {
        model.primary();
        ticker.advanceMillis(30_000);
        model.refresh();
        model.abandon();
        assertEquals(List.of("home"), went);
        assertTrue(TestRounds.inLine(db, ticker, clock).loadDraft().isEmpty());
    }
}
