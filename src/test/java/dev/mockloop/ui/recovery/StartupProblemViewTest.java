package dev.mockloop.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up problem screen: a restore is never one click, and never the first choice for a healthy file. */
@ExtendWith(ApplicationExtension.class)
class StartupProblemViewTest {

    private final List<Boolean> restores = new ArrayList<>();
    private final List<String> retries = new ArrayList<>();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    private void show(FxRobot robot, StartupProblemView.Choices choices) {
        robot.interact(() -> root.getChildren().setAll(new StartupProblemView(choices, restores::add,
                () -> retries.add("retry"), () -> { })));
    }

    @Test
    void restoreAsksFirstSaysTheFileIsKeptAndOffersToSalvage(FxRobot robot) {
        show(robot, new StartupProblemView.Choices("The database is damaged.", "Restore the backup of 20 Nov", true,
                "First export what is still readable to the backups folder: 12 attempts"));

        robot.clickOn("#startup-restore");
        assertTrue(restores.isEmpty(), "nothing happens before the confirmation");
        assertTrue(robot.lookup("#startup-restore-confirm").tryQuery().isPresent());
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Your current file is not deleted")));
        assertTrue(robot.lookup("#startup-salvage").queryAs(CheckBox.class).isSelected(), "salvage is the default");
        robot.clickOn("Cancel");
        assertTrue(restores.isEmpty(), "Cancel restores nothing");

        robot.clickOn("#startup-restore");
        robot.clickOn("Restore");
        assertEquals(List.of(true), restores);
    }

    @Test
    void salvageCanBeLeftOut(FxRobot robot) {
        show(robot, new StartupProblemView.Choices("Too new.", "Restore the backup of 20 Nov", true,
                "First export what is still readable to the backups folder: 3 attempts"));

        robot.clickOn("#startup-restore");
        robot.clickOn("#startup-salvage");
        robot.clickOn("Restore");

        assertEquals(List.of(false), restores);
    }

    @Test
    void aFileNotAtFaultGetsTryAgainFirstAndTheBackupOnlyAsASecondChoice(FxRobot robot) {
        show(robot, new StartupProblemView.Choices("Could not open the database: disk I/O error.",
                "Restore the backup of 20 Nov", false, null));

        HBox buttons = (HBox) robot.lookup("#startup-retry").queryAs(Button.class).getParent();
        Button first = (Button) buttons.getChildren().get(0);
        assertEquals("startup-retry", first.getId());
        assertTrue(first.getStyleClass().contains("accent"));
        Button restore = robot.lookup("#startup-restore").queryAs(Button.class);
        assertFalse(restore.getStyleClass().contains("accent"));
        assertEquals("Restore the backup of 20 Nov instead\u2026", restore.getText());
        robot.clickOn("#startup-retry");
        assertEquals(List.of("retry"), retries);
    }
}
