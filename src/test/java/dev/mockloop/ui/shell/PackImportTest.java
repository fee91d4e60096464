package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Import pack…" as a person uses it, with the file dialog answered by the test. */
@ExtendWith(ApplicationExtension.class)
class PackImportTest {

    @TempDir
    Path dir;

    private MainWindowHarness app;

    @Start
    void start(Stage stage) throws IOException {
        app = new MainWindowHarness(Files.createDirectories(dir.resolve("data")), stage);
    }

    private Path writePack(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String minimalPack() throws IOException {
        try (InputStream in = PackImportTest.class.getResourceAsStream("/packs/minimal.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void goodPackAppearsOnTheHomeScreen(FxRobot robot) throws IOException {
        app.nextPackFile = writePack("community.json", minimalPack());
        int before = robot.lookup("#home-questions").queryAs(TableView.class).getItems().size();

        robot.clickOn("#nav-import");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertTrue(result.getHeaderText().startsWith("Imported \u201cMinimal test pack\u201d"), result.getHeaderText());
        robot.clickOn("OK");
        TableView<?> questions = robot.lookup("#home-questions").queryAs(TableView.class);
        assertEquals(before + 1, questions.getItems().size());
        robot.clickOn("#home-search").write("cache that lied");
        assertEquals(1, questions.getItems().size());
        assertTrue(Files.exists(dir.resolve("data/packs/test.minimal.json")), "copied into the data directory");
    }

    @Test
    void badPackGetsADialogNamingFileLineAndProblemAndImportsNothing(FxRobot robot) throws IOException {
        String broken = minimalPack().replace("\"framework\": \"short\"", "\"framework\": \"shrot\"");
        app.nextPackFile = writePack("bad.json", broken);
        int before = robot.lookup("#home-questions").queryAs(TableView.class).getItems().size();

        robot.clickOn("#nav-import");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertTrue(result.getHeaderText().contains("Nothing was imported"), result.getHeaderText());
        String problems = robot.lookup("#import-problems").queryAs(TextArea.class).getText();
        int line = (int) broken.substring(0, broken.indexOf("\"shrot\"")).lines().count();
        assertTrue(problems.contains("bad.json:" + line + ":"), problems);
        assertTrue(problems.contains("framework 'shrot'"), problems);
        robot.clickOn("OK");
        assertEquals(before, robot.lookup("#home-questions").queryAs(TableView.class).getItems().size());
        assertFalse(Files.exists(dir.resolve("data/packs/test.minimal.json")));
    }
}
