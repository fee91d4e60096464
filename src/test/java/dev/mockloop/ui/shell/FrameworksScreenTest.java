package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.ui.session.SessionView;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A user makes their own framework and runs a round on it. */
@ExtendWith(ApplicationExtension.class)
class FrameworksScreenTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage);
    }

    @Test
    void newFrameworkIsValidatedSavedAndChosenForARound(FxRobot robot) {
        robot.clickOn("#nav-frameworks");
        robot.clickOn("#fw-new");
        TextField title = robot.lookup("#fw-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("Deep-dive heavy"));
        assertEquals("45 minutes in 6 phases", text(robot, "#fw-total"));

        // Too long: 45 + 50 minutes is refused with the fix named.
        robot.interact(() -> robot.lookup("#fw-phase-minutes-4").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(62));
        assertTrue(text(robot, "#fw-problems").contains("a round must be 15 to 90"), text(robot, "#fw-problems"));
        assertTrue(robot.lookup("#fw-save").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#fw-phase-minutes-4").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(20));
        assertEquals("", text(robot, "#fw-problems"));
        robot.clickOn("#fw-save");
        Framework saved = app.context.frameworks().list().get(0);
        assertEquals("Deep-dive heavy", saved.title());
        assertEquals(53 * 60_000, saved.plannedMillis());

        // Home: the new framework is offered next to Start round and a round runs on it.
        robot.clickOn("#nav-practice");
        LibraryQuestion question = app.context.library().questions().get(0);
        robot.clickOn(robot.lookup("#home-questions .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(question.question().title())).queryAs(javafx.scene.Node.class));
        @SuppressWarnings("unchecked")
        ComboBox<Framework> choice = robot.lookup("#home-framework").queryAs(ComboBox.class);
        assertEquals(question.framework(), choice.getValue(), "the question's own framework comes first");
        assertTrue(choice.getItems().stream().anyMatch(f -> f.title().equals("Deep-dive heavy")));
        robot.interact(() -> choice.setValue(saved));
        robot.clickOn("#home-start");
        SessionView session = (SessionView) app.window.getCenter();
        assertEquals(saved.id(), session.model().round().framework().id());
        assertEquals("Requirements\n5:00", text(robot, "#phase-0"));
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
