package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.ui.packmanager.PackRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Packs screen as a person uses it. */
@ExtendWith(ApplicationExtension.class)
class PackManagerTest {

    @TempDir
    Path dir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        app = new MainWindowHarness(data, stage);
    }

    private void importMinimalWithOneAttempt(FxRobot robot) throws IOException {
        app.nextPackFile = Files.writeString(dir.resolve("pack.json"), PackFixtures.minimal());
        robot.clickOn("#nav-import");
        robot.clickOn("OK");
        Instant start = Instant.parse("2026-11-20T09:00:00Z");
        app.context.attempts().save(new Attempt(null, "test.minimal", "1.0.0", "cache-story", "The cache that lied",
                "Tell me.", "Design it.", "short", "Short round", start, start.plusSeconds(300), List.of(), "", null,
                null, List.of(), List.of(), Verdict.HIRE, ""));
    }

    @SuppressWarnings("unchecked")
    private PackRow row(FxRobot robot, String id) {
        TableView<PackRow> table = robot.lookup("#packs-table").queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private void select(FxRobot robot, String title) {
        java.util.function.Predicate<javafx.scene.Node> cell = n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && title.equals(c.getText());
        robot.clickOn(robot.lookup("#packs-table").lookup(cell).<javafx.scene.Node>query());
    }

    @Test
    void listsBundledAndImportedPacksWithVersionAuthorLicenseAndCounts(FxRobot robot) throws IOException {
        importMinimalWithOneAttempt(robot);

        robot.clickOn("#nav-packs");

        PackRow minimal = row(robot, "test.minimal");
        assertEquals(1, minimal.attempts());
        assertEquals("Test", minimal.authors());
        assertEquals("Imported", minimal.sourceLabel());
        assertEquals("Bundled", row(robot, "mockloop.bar-raiser").sourceLabel());
        select(robot, "Minimal test pack");
        assertTrue(robot.lookup("#pack-description").queryAs(Label.class).getText().contains("One question"));
    }

    @Test
    void switchingAPackOffHidesItsQuestionsFromHome(FxRobot robot) throws IOException {
        importMinimalWithOneAttempt(robot);
        robot.clickOn("#nav-packs");

        robot.clickOn("#pack-enabled-test_minimal");

        assertFalse(row(robot, "test.minimal").enabled());
        assertTrue(app.window.library().question("test.minimal", "cache-story").isPresent(), "still installed");
        robot.clickOn("#nav-practice");
        robot.clickOn("#home-search").write("cache that lied");
        assertEquals(0, robot.lookup("#home-questions").queryAs(TableView.class).getItems().size());
    }

    @Test
    void removingAPackAsksFirstDeletesItsFolderAndKeepsItsAttempts(FxRobot robot) throws IOException {
        importMinimalWithOneAttempt(robot);
        robot.clickOn("#nav-packs");
        select(robot, "Minimal test pack");

        robot.clickOn("#packs-remove");
        robot.clickOn("Remove");

        assertEquals(null, row(robot, "test.minimal"));
        assertFalse(Files.exists(dir.resolve("data/packs/test.minimal")));
        assertTrue(robot.lookup("#packs-orphans").queryAs(Label.class).getText().startsWith("1 attempts"));
        robot.clickOn("#nav-history");
        assertEquals(1, robot.lookup("#history-table").queryAs(TableView.class).getItems().size());
    }

    @Test
    void bundledPackCannotBeRemovedOrShownInAFolder(FxRobot robot) {
        robot.clickOn("#nav-packs");
        select(robot, "Bar-raiser: paired rounds");

        assertTrue(robot.lookup("#packs-remove").queryButton().isDisabled());
        assertTrue(robot.lookup("#packs-show-folder").queryButton().isDisabled());
        assertFalse(robot.lookup("#packs-export").queryButton().isDisabled());
    }

    @Test
    void showFolderAndExportUseThePacksFiles(FxRobot robot) throws IOException {
        importMinimalWithOneAttempt(robot);
        robot.clickOn("#nav-packs");
        select(robot, "Minimal test pack");
        app.nextExportFile = dir.resolve("shared/minimal.zip");

        robot.clickOn("#packs-show-folder");
        robot.clickOn("#packs-export");

        assertEquals(List.of(dir.resolve("data/packs/test.minimal")), app.openedFolders);
        assertTrue(Files.size(dir.resolve("shared/minimal.zip")) > 0);
        assertTrue(robot.lookup("#packs-status").queryAs(Label.class).getText().startsWith("Exported"));
    }
}
