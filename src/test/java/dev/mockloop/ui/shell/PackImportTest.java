package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.LibraryQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Importing packs as a person does, with the file dialogs answered by the test. */
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

    private int homeQuestions(FxRobot robot) {
        return robot.lookup("#home-questions").queryAs(TableView.class).getItems().size();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void goodPackAppearsOnTheHomeScreen(FxRobot robot) throws IOException {
        app.nextPackFile = writePack("community.json", PackFixtures.minimal());
        int before = homeQuestions(robot);

        robot.clickOn("#nav-import");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertTrue(result.getHeaderText().startsWith("Imported \u201cMinimal test pack\u201d"), result.getHeaderText());
        assertEquals("1", label(robot, "#report-new"));
        robot.clickOn("OK");
        assertEquals(before + 1, homeQuestions(robot));
        robot.clickOn("#home-search").write("cache that lied");
        assertEquals(1, homeQuestions(robot));
        assertTrue(Files.exists(dir.resolve("data/packs/test.minimal/pack.json")), "copied into the data directory");
    }

    @Test
    void badPackGetsADialogNamingFileLineAndProblemAndImportsNothing(FxRobot robot) throws IOException {
        String broken = PackFixtures.minimal().replace("\"framework\": \"short\"", "\"framework\": \"shrot\"");
        app.nextPackFile = writePack("bad.json", broken);
        int before = homeQuestions(robot);

        robot.clickOn("#nav-import");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertTrue(result.getHeaderText().contains("Nothing was imported"), result.getHeaderText());
        String problems = robot.lookup("#import-problems").queryAs(TextArea.class).getText();
        int line = (int) broken.substring(0, broken.indexOf("\"shrot\"")).lines().count();
        assertTrue(problems.contains("bad.json:" + line + ":"), problems);
        assertTrue(problems.contains("framework 'shrot'"), problems);
        robot.clickOn("OK");
        assertEquals(before, homeQuestions(robot));
        assertFalse(Files.exists(dir.resolve("data/packs/test.minimal")));
    }

    @Test
    void zipPackWithAPictureIsImported(FxRobot robot) throws IOException {
        String json = PackFixtures.withImage(PackFixtures.minimal(), "assets/cache.png");
        app.nextPackFile = Files.write(dir.resolve("shared.zip"),
                PackFixtures.zipPack(json, Map.of("assets/cache.png", PackFixtures.PNG)));

        robot.clickOn("#nav-import");

        assertTrue(robot.lookup("#import-result").queryAs(DialogPane.class).getHeaderText().startsWith("Imported"));
        robot.clickOn("OK");
        assertTrue(Files.exists(dir.resolve("data/packs/test.minimal/assets/cache.png")));
    }

    @Test
    void csvBecomesANewPackNamedInTheOptionsDialog(FxRobot robot) throws IOException {
        app.nextPackFile = writePack("drills.csv", "title,tags,behavioral,design\n"
                + "Rate limiter,api limits,Tell me about an outage.,Design a rate limiter.\n"
                + "News feed,,Tell me about a launch.,Design a news feed.\n");
        int before = homeQuestions(robot);

        robot.clickOn("#nav-import");
        robot.doubleClickOn("#csv-title").write("My drills");
        robot.clickOn("Import");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertTrue(result.getHeaderText().startsWith("Imported \u201cMy drills\u201d 1.0.0"), result.getHeaderText());
        assertEquals("2", label(robot, "#report-new"));
        robot.clickOn("OK");
        assertEquals(before + 2, homeQuestions(robot));
        assertTrue(Files.exists(dir.resolve("data/packs/csv.drills/pack.json")));
    }

    @Test
    void newerVersionIsPreviewedAndAppliedOnlyOnUpdate(FxRobot robot) throws IOException {
        app.nextPackFile = writePack("v1.json", PackFixtures.withExtraQuestion(PackFixtures.minimal()));
        robot.clickOn("#nav-import");
        robot.clickOn("OK");
        app.nextPackFile = writePack("v2.json", PackFixtures.version("1.1.0")
                .replace("The cache that lied", "The cache that lied twice"));

        robot.clickOn("#nav-import");

        DialogPane preview = robot.lookup("#import-preview").queryAs(DialogPane.class);
        assertEquals("Update \u201cMinimal test pack\u201d from 1.0.0 to 1.1.0?", preview.getHeaderText());
        assertEquals(1, robot.lookup("#preview-updated").queryAs(ListView.class).getItems().size());
        assertTrue(robot.lookup("#preview-removed").queryAs(ListView.class).getItems().get(0).toString()
                .contains("The extra question"));
        assertTrue(Files.readString(dir.resolve("data/packs/test.minimal/pack.json")).contains("\"1.0.0\""),
                "nothing changes before Update");
        robot.clickOn("Update");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertEquals("Updated \u201cMinimal test pack\u201d to 1.1.0", result.getHeaderText());
        assertEquals("1", label(robot, "#report-updated"));
        assertEquals("1", label(robot, "#report-removed"));
        robot.clickOn("OK");
        assertTrue(app.window.library().question("test.minimal", "cache-story").map(LibraryQuestion::question)
                .orElseThrow().title().equals("The cache that lied twice"));
    }

    @Test
    void cancellingThePreviewChangesNothing(FxRobot robot) throws IOException {
        app.nextPackFile = writePack("v1.json", PackFixtures.minimal());
        robot.clickOn("#nav-import");
        robot.clickOn("OK");
        app.nextPackFile = writePack("v2.json", PackFixtures.version("2.0.0"));

        robot.clickOn("#nav-import");
        robot.clickOn("Cancel");

        assertEquals("1.0.0", app.window.library().pack("test.minimal").orElseThrow().pack().version());
    }

    @Test
    void olderVersionIsReportedAndNotApplied(FxRobot robot) throws IOException {
        app.nextPackFile = writePack("v1.json", PackFixtures.minimal());
        robot.clickOn("#nav-import");
        robot.clickOn("OK");
        app.nextPackFile = writePack("old.json", PackFixtures.version("0.9.0"));

        robot.clickOn("#nav-import");

        DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
        assertTrue(result.getHeaderText().startsWith("Nothing was imported"), result.getHeaderText());
        assertTrue(label(robot, "#report-verdict").contains("older than the installed 1.0.0"));
        robot.clickOn("OK");
        assertEquals("1.0.0", app.window.library().pack("test.minimal").orElseThrow().pack().version());
    }

    @Test
    void markupInAPackIsShownAsPlainText(FxRobot robot) throws IOException {
        String title = "<b>Bold</b><script>alert('x')</script>";
        app.nextPackFile = writePack("markup.json", PackFixtures.minimal().replace("The cache that lied", title));

        robot.clickOn("#nav-import");
        robot.clickOn("OK");
        robot.clickOn("#home-search").write("<script>alert");

        assertEquals(1, homeQuestions(robot));
        Node cell = robot.lookup(".table-row-cell .table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && title.equals(l.getText())).query();
        assertTrue(cell != null, "the title is shown verbatim");
    }

    @Test
    void packFromAUrlIsDownloadedAndImported(FxRobot robot) throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] zip = PackFixtures.zipPack(PackFixtures.minimal(), Map.of());
        server.createContext("/packs/minimal.zip", exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            try (java.io.OutputStream out = exchange.getResponseBody()) {
                out.write(zip);
            }
        });
        server.start();
        try {
            robot.clickOn("#nav-packs");
            robot.clickOn("#packs-import-url");
            robot.interact(() -> robot.lookup("#url-field").queryAs(javafx.scene.control.TextField.class).clear());
            robot.clickOn("#url-field").write("http://127.0.0.1:" + server.getAddress().getPort() + "/packs/minimal.zip");
            robot.clickOn("OK");

            DialogPane result = robot.lookup("#import-result").queryAs(DialogPane.class);
            assertTrue(result.getHeaderText().startsWith("Imported \u201cMinimal test pack\u201d"), result.getHeaderText());
            robot.clickOn("OK");
            assertTrue(app.window.library().pack("test.minimal").isPresent());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void droppedFolderPackIsImportedAndADroppedTextIsNot(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dropped/assets"));
        Files.writeString(folder.getParent().resolve("pack.json"), PackFixtures.minimal());

        boolean[] taken = new boolean[2];
        robot.interact(() -> {
            taken[0] = app.window.packImport().importDropped(java.util.List.of(folder.getParent()), null, null);
            taken[1] = app.window.packImport().importDropped(java.util.List.of(), "not a url", null);
        });

        assertTrue(taken[0]);
        assertFalse(taken[1]);
        assertTrue(robot.lookup("#import-result").queryAs(DialogPane.class).getHeaderText().startsWith("Imported"));
        robot.clickOn("OK");
        assertTrue(app.window.library().pack("test.minimal").isPresent());
    }

    @Test
    void aCsvWithAHundredThousandUnknownColumnsShowsTheFirst200ProblemsAndSavesTheRest(FxRobot robot)
            throws IOException {
        StringBuilder header = new StringBuilder("title,behavioral,design");
        for (int i = 0; i < 100_000; i++) {
            header.append(",extra").append(i);
        }
        app.nextPackFile = writePack("wide.csv", header + "\nQ,Tell me.,Design it.\n");
        app.nextFile = dir.resolve("report.txt");

        robot.clickOn("#nav-import");
        robot.clickOn("Import");

        String shown = robot.lookup("#import-problems").queryAs(TextArea.class).getText();
        assertEquals(200, shown.lines().count(), "only the first 200 problems are laid out");
        assertTrue(shown.lines().allMatch(l -> l.length() <= 401), "and each line is cut short");
        assertEquals("The first 200 of 100,000 problems; the full report has them all.",
                label(robot, "#problem-count"));
        robot.clickOn("#problem-report-save");
        assertEquals(100_000, Files.readAllLines(dir.resolve("report.txt")).size(), "the report has every problem");
        assertTrue(Files.readAllLines(dir.resolve("report.txt")).get(99_999).contains("unknown column \"extra99999\""));
        assertTrue(label(robot, "#problem-report-status").startsWith("Saved all 100,000 problems"));
    }

    @Test
    void aPackHandedOverByAnotherCopyIsPreviewedAndInstalledOnlyOnAdd(FxRobot robot) throws IOException {
        Path pack = writePack("handed.json", PackFixtures.minimal());

        robot.interact(() -> app.window.packImport().importHandedOver(pack, null));

        DialogPane preview = robot.lookup("#import-preview").queryAs(DialogPane.class);
        assertTrue(preview.getHeaderText().startsWith("Add \u201cMinimal test pack\u201d 1.0.0 by "), preview.getHeaderText());
        assertEquals(1, robot.lookup("#preview-new").queryAs(ListView.class).getItems().size());
        assertFalse(Files.exists(dir.resolve("data/packs/test.minimal")), "nothing is installed before Add");
        robot.clickOn("Cancel");
        assertFalse(Files.exists(dir.resolve("data/packs/test.minimal")), "nor after Cancel");

        robot.interact(() -> app.window.packImport().importHandedOver(pack, null));
        robot.clickOn("Add");

        assertTrue(robot.lookup("#import-result").queryAs(DialogPane.class).getHeaderText().startsWith("Imported"));
        robot.clickOn("OK");
        assertTrue(Files.exists(dir.resolve("data/packs/test.minimal/pack.json")));
    }
}
