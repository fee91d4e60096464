package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.settings.AppSettings;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A first start on an empty history: the welcome, its first round, Help, and the shortcut sheet. */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage, AppSettings.DEFAULTS);
    }

    @Test
    void anEmptyHistoryOpensOnTheWelcomeWhichClosesForGoodAndComesBackFromHelp(FxRobot robot) {
        assertTrue(robot.lookup("#welcome-view").tryQuery().isPresent(), "the first screen is the welcome");
        assertEquals(dataDir.toAbsolutePath().toString(),
                robot.lookup("#welcome-data-folder").queryAs(TextField.class).getText());

        robot.clickOn("#welcome-close");
        assertTrue(robot.lookup("#home-questions").tryQuery().isPresent(), "closing shows the questions");
        assertTrue(AppSettings.read(app.context.settingsRepository().values()).welcomeDismissed());

        robot.clickOn("#nav-help").clickOn("Welcome");
        assertTrue(robot.lookup("#welcome-view").tryQuery().isPresent(), "Help brings it back");
    }

    @Test
    void theSuggestedFirstRoundIsATwentyMinuteSpeedRoundWaitingForStart(FxRobot robot) {
        robot.clickOn("#welcome-try");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#session-primary").tryQuery().isPresent(), "the round screen, before Start");
        assertEquals(BuiltInFrameworks.SPEED_ROUND.phases().size(), robot.lookup(".phase-chip").queryAll().size());
        assertTrue(AppSettings.read(app.context.settingsRepository().values()).welcomeDismissed());
    }

    @Test
    void f1ShowsEveryShortcutAndAQuestionMarkTypedInAFieldIsJustText(FxRobot robot) {
        robot.clickOn("#welcome-close");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isPresent(), "F1 opens the sheet");
        assertTrue(robot.lookup("#shortcut-sheet .shortcut-keys").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Ctrl+Enter")), "the round's finish shortcut is listed");
        robot.clickOn("Close");
        assertFalse(robot.lookup("#shortcut-sheet").tryQuery().isPresent());

        robot.clickOn("#home-search").write("what?");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#shortcut-sheet").tryQuery().isPresent(), "typing ? in a field opens nothing");
        assertEquals("what?", robot.lookup("#home-search").queryAs(TextField.class).getText());
    }
}
