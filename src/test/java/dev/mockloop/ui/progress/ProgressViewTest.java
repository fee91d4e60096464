package dev.mockloop.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SavedAttempts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The progress screen before any round is scored, and with too few verdicts for a pie. */
@ExtendWith(ApplicationExtension.class)
class ProgressViewTest {

    private static final LibraryQuestion QUESTION = new PackLibrary(BundledPacks.load(new PackReader())).questions().get(0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1024, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            ProgressViewModel model = new ProgressViewModel(new ReviewStore(db, CLOCK), new DirectTaskRunner(), CLOCK);
            model.load();
            robot.window(0).getScene().setRoot(new ProgressView(model));
        });
    }

    @Test
    void onlyUnscoredRoundsSaySoInsteadOfAnEmptyChart(FxRobot robot) {
        db = Database.open(dir.resolve("m.db"));
        new AttemptRepository(db, CLOCK).save(SavedAttempts.of(QUESTION, Instant.parse("2026-12-01T09:00:00Z"), 0, null));
        show(robot);

        assertEquals("No dimension scored yet. Score a round, and each dimension's mean score appears here over time.",
                robot.lookup("#progress-trends-empty").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#progress-trends").tryQuery().isEmpty(), "no empty chart");
        assertTrue(robot.lookup("#progress-dimensions").tryQuery().isEmpty(), "no \"0 of 0\" menu");
        assertEquals("Your one round so far: Unfinished.",
                robot.lookup("#progress-verdicts-one").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#progress-verdicts").tryQuery().isEmpty(), "no pie of one slice");
        assertEquals("No failure mode ticked yet. Those you tick when you score a round are counted here.",
                robot.lookup("#progress-failures-none").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#progress-failures").tryQuery().isEmpty(), "no empty chart");
    }

    @Test
    void roundsThatAllHaveOneVerdictSaySoAndTwoVerdictsMakeAPie(FxRobot robot) {
        db = Database.open(dir.resolve("m.db"));
        AttemptRepository attempts = new AttemptRepository(db, CLOCK);
        attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-11-20T09:00:00Z"), 3, Verdict.HIRE));
        attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-12-01T09:00:00Z"), 3, Verdict.HIRE));
        show(robot);
        assertEquals("All 2 rounds so far: Hire.", robot.lookup("#progress-verdicts-one").queryAs(Labeled.class).getText());

        attempts.save(SavedAttempts.of(QUESTION, Instant.parse("2026-12-01T11:00:00Z"), 2, Verdict.LEAN_HIRE));
        show(robot);
        javafx.scene.chart.PieChart pie = robot.lookup("#progress-verdicts").queryAs(javafx.scene.chart.PieChart.class);
        assertEquals(java.util.List.of("Lean hire (1)", "Hire (2)"),
                pie.getData().stream().map(javafx.scene.chart.PieChart.Data::getName).toList());
        assertTrue(robot.lookup("#progress-verdicts-one").tryQuery().isEmpty());
    }

    @Test
    void aRoundOfSecondsIsPractiseUnderAMinuteNotZeroMinutes(FxRobot robot) {
        db = Database.open(dir.resolve("m.db"));
        new AttemptRepository(db, CLOCK).save(SavedAttempts.unfinished(QUESTION, Instant.parse("2026-12-01T09:00:00Z"),
                3_000));
        show(robot);
        assertEquals("Practised under a minute in phases over the last year.",
                robot.lookup("#progress-practised").queryAs(Labeled.class).getText());

        new AttemptRepository(db, CLOCK).save(SavedAttempts.unfinished(QUESTION, Instant.parse("2026-12-01T10:00:00Z"),
                (62 * 60 + 5) * 1000L));
        show(robot);
        assertEquals("Practised 1 h 2 min in phases over the last year.",
                robot.lookup("#progress-practised").queryAs(Labeled.class).getText());
    }

    @Test
    void noRoundAtAllSaysWhereProgressComesFrom(FxRobot robot) {
        db = Database.open(dir.resolve("m.db"));
        show(robot);
        assertEquals("Nothing to show yet. Finish and score a round, and your progress appears here.",
                robot.lookup("#progress-empty").queryAs(Labeled.class).getText());
    }
}
