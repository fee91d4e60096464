package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.PackFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Start round starts only the question the home screen shows as picked (issue 14). */
@ExtendWith(ApplicationExtension.class)
class HomeStartTest {

    @TempDir
    Path dir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) throws IOException {
        app = new MainWindowHarness(Files.createDirectories(dir.resolve("data")), stage);
    }

    @Test
    void startIsOffWithNoQuestionPicked(FxRobot robot) {
        assertTrue(robot.lookup("#home-start").queryButton().isDisabled());
        assertEquals("Pick a question, or let Mockloop surprise you.", robot.lookup("#home-detail-title")
                .queryLabeled().getText());
    }

    @Test
    void switchingThePickedQuestionsPackOffLeavesNothingToStart(FxRobot robot) throws IOException {
        app.nextPackFile = Files.writeString(dir.resolve("pack.json"), PackFixtures.minimal());
        robot.clickOn("#nav-import");
        robot.clickOn("OK");
        robot.clickOn("#nav-practice");
        robot.clickOn("#home-search").write("cache that lied");
        robot.clickOn("The cache that lied");
        assertFalse(robot.lookup("#home-start").queryButton().isDisabled(), "picked and listed");
        assertEquals("The cache that lied", robot.lookup("#home-detail-title").queryLabeled().getText());

        robot.clickOn("#nav-packs");
        robot.clickOn("#pack-enabled-test_minimal");
        robot.clickOn("#nav-practice");

        assertTrue(robot.lookup("#home-start").queryButton().isDisabled(), "nothing listed is picked");
        assertEquals("Pick a question, or let Mockloop surprise you.", robot.lookup("#home-detail-title")
                .queryLabeled().getText(), "the pane and the button agree");
        assertEquals(0, robot.lookup("#home-questions").queryAs(TableView.class).getItems().size());
    }

    @Test
    void comingBackHomeShowsThePickStillMade(FxRobot robot) {
        robot.clickOn("#home-questions");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        String picked = robot.lookup("#home-detail-title").queryLabeled().getText();
        robot.clickOn("#nav-history");
        robot.clickOn("#nav-practice");
        assertEquals(picked, robot.lookup("#home-detail-title").queryLabeled().getText());
        assertFalse(robot.lookup("#home-start").queryButton().isDisabled());
    }
}
