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

/** The progress screen before any round is scored. */
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
    }

    @Test
    void noRoundAtAllSaysWhereProgressComesFrom(FxRobot robot) {
        db = Database.open(dir.resolve("m.db"));
        show(robot);
        assertEquals("Nothing to show yet. Finish and score a round, and your progress appears here.",
                robot.lookup("#progress-empty").queryAs(Labeled.class).getText());
    }
}
