package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.interview.InterviewerSheet;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.sketch.Point;
import dev.mockloop.ui.session.SessionView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole round with the interviewer in a real browser: Debian's chromium driven by
 * playwright-core (src/test/browser) against the app's own server on 127.0.0.1, the candidate's
 * side in the real window. Skipped with a message when chromium or the npm packages are missing
 * on a developer's machine; a failure in CI ({@code CI=true}), where .ci/run installs both.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewerBrowserTest {

    private static final Path BROWSER_TESTS = Path.of("src", "test", "browser");
    private static final Path SHOTS = Path.of("target", "browser");

    @TempDir
    Path dataDir;

    private MainWindowHarness app;
    private Process node;

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage, Platform::runLater, null);
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.destroyForcibly();
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.context.close());
    }

    @Test
    void aFullRoundWithTheInterviewerInChromium(FxRobot robot) throws Exception {
        Path chromium = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
        requireBrowser(chromium);
        Files.createDirectories(SHOTS);
        LibraryQuestion question = app.context.library().questions().stream()
                .filter(q -> q.question().framework().equals("paired-45"))
                .filter(q -> q.question().design().probes().size() >= 2).findFirst().orElseThrow();
        robot.interact(() -> app.window.screens().practise(question, question.framework()));
        ActiveRound round = ((SessionView) app.window.getCenter()).model().activeRound();

        robot.clickOn("#session-invite");
        robot.clickOn("#invite-create");
        TextField linkField = robot.lookup("#invite-link").queryAs(TextField.class);
        await(() -> !linkField.getText().isEmpty());
        String link = linkField.getText();
        robot.interact(() -> ((Stage) linkField.getScene().getWindow()).close());
        robot.clickOn("#session-primary");

        ProcessBuilder builder = new ProcessBuilder("node", "interview.test.mjs").directory(BROWSER_TESTS.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("LINK", link);
        builder.environment().put("CHROMIUM", chromium.toString());
        builder.environment().put("SHOTS", SHOTS.toAbsolutePath().toString());
        node = builder.start();
        BufferedReader script = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toScript = new PrintWriter(node.getOutputStream(), true, StandardCharsets.UTF_8);

        assertEquals("OPENED " + question.question().title(), line(script));
        assertEquals("DRAW", line(script));
        robot.interact(() -> round.round().sketch().addStroke("#1f2937", 3,
                List.of(new Point(40, 40), new Point(240, 60), new Point(260, 180))));
        toScript.println("DREW");
        assertTrue(line(script).startsWith("SKETCH "), "the page's whiteboard followed the app's");

        assertEquals("FIRED 1", line(script));
        await(() -> robot.lookup("#probe-ack-1").tryQuery().isPresent());
        String probeText = round.round().probes().schedule().get(1).text();
        assertTrue(robot.lookup(probeText).tryQuery().isPresent(), "the probe fired from the page is a card in the app");
        shoot(robot, robot.window(0).getScene().getRoot(), "app-probe-card.png");
        robot.clickOn("#probe-ack-1");
        toScript.println("ANSWERED");

        assertEquals("NUDGED", line(script));
        await(() -> "Your interviewer: Move on to the API".equals(
                robot.lookup("#session-banner").queryAs(Labeled.class).getText()));
        toScript.println("BANNER");

        String submitted = line(script);
        assertTrue(submitted.startsWith("SUBMITTED "), submitted);
        List<InterviewerSheet> sheets = app.context.interview().sheets().forRound(round.roundId());
        assertEquals(1, sheets.size());
        assertEquals(Verdict.LEAN_HIRE, sheets.get(0).sheet().verdict());

        Map<String, Integer> mine = new LinkedHashMap<>();
        for (Dimension d : question.pack().pack().rubric().dimensions()) {
            mine.put(d.id(), 3);
        }
        CompletableFuture<Attempt> saved = new CompletableFuture<>();
        robot.interact(() -> {
            round.finish();
            round.updateScoreSheet(new ScoreSheet(mine, List.of(), Verdict.HIRE, "I felt good about it."));
            round.save(new byte[0], true).whenComplete((a, e) -> {
                if (e != null) {
                    saved.completeExceptionally(e);
                } else {
                    saved.complete(a);
                }
            });
        });
        Attempt attempt = saved.get(20, TimeUnit.SECONDS);
        toScript.println("SAVED");
        assertEquals("DONE", line(script));
        toScript.close();
        assertEquals(0, node.waitFor(30, TimeUnit.SECONDS) ? node.exitValue() : -1, "the browser script passed");

        robot.interact(() -> app.window.screens().attempt(attempt.id()));
        await(() -> robot.lookup("#interviewer-gap-0").tryQuery().isPresent());
        assertEquals("+1", robot.lookup("#interviewer-gap-0").queryAs(Labeled.class).getText(),
                "you gave yourself 3, the interviewer 2");
        String feedback = robot.lookup("#interviewer-feedback-0").queryAs(Labeled.class).getText();
        assertTrue(feedback.startsWith("Estimate before you draw. <script>"), "shown as typed: " + feedback);
        shoot(robot, robot.window(0).getScene().getRoot(), "app-attempt-page.png");
    }

    private static void requireBrowser(Path chromium) {
        String missing = !Files.isExecutable(chromium) ? chromium + " is not installed (apt-get install -y chromium)"
                : !Files.isDirectory(BROWSER_TESTS.resolve("node_modules").resolve("playwright-core"))
                ? "playwright-core is not installed (npm ci in " + BROWSER_TESTS + ")" : null;
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("The interviewer's page must be tested in a real browser in CI, but " + missing
                    + "; .ci/run installs both.");
        }
        Assumptions.abort("Skipping the browser test: " + missing + ".");
    }

    private String line(BufferedReader script) throws IOException {
        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
            try {
                return script.readLine();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            String line = next.get(60, TimeUnit.SECONDS);
            if (line == null || line.startsWith("FAIL")) {
                fail("the browser script stopped: " + line);
            }
            return line;
        } catch (java.util.concurrent.TimeoutException e) {
            fail("the browser script said nothing for 60 s");
            return null;
        } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within 20 s", e);
        }
    }

    private static void shoot(FxRobot robot, Node node, String name) throws IOException {
        var image = robot.capture(node).getImage();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
