package dev.mockloop.ui.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.interview.InterviewService;
import dev.mockloop.interview.InterviewSettings;
import dev.mockloop.interview.InterviewerSheetRepository;
import dev.mockloop.interview.PageClient;
import dev.mockloop.interview.ThreadScheduler;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.Ticker;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The invite pane as the candidate uses it, over the real server on 127.0.0.1. */
@ExtendWith(ApplicationExtension.class)
class InvitePaneTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    @TempDir
    Path dir;

    private Database db;
    private ThreadScheduler scheduler;
    private InterviewService service;
    private InviteViewModel model;
    private final List<InterviewSettings> savedSettings = new ArrayList<>();
    private InterviewSettings settings = InterviewSettings.DEFAULTS;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("mockloop.db"));
        scheduler = new ThreadScheduler();
        service = new InterviewService(Platform::runLater, scheduler, new InterviewerSheetRepository(db),
                Clock.systemUTC(), Ticker.system(), new SecureRandom(), Optional::empty);
        RoundService rounds = TestRounds.inLine(db, new ManualTicker(), Clock.systemUTC());
        rounds.addListener(service);
        LibraryQuestion question = LIBRARY.questions().get(0);
        ActiveRound round = rounds.begin(question, question.framework());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 520, 720));
        stage.show();
        this.round = () -> round;
    }

    private Supplier<ActiveRound> round;

    private void showPane(FxRobot robot) {
        robot.interact(() -> {
            model = new InviteViewModel(service, round.get(), settings, savedSettings::add);
            robot.window(0).getScene().setRoot(new InvitePane(model));
        });
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, service::close);
        scheduler.close();
        db.close();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();  // the rest of the update that met the condition
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within 10 s", e);
        }
    }

    @Test
    void creatingTheLinkShowsItItsQrCodeAndWhereItListensThenTheInterviewerArriving(FxRobot robot) {
        showPane(robot);
        robot.clickOn("#invite-create");
        TextField link = robot.lookup("#invite-link").queryAs(TextField.class);
        await(() -> !link.getText().isEmpty());

        assertTrue(link.getText().matches("http://127\\.0\\.0\\.1:\\d+/i/[A-Za-z0-9_-]{43}/"), link.getText());
        assertTrue(robot.lookup("#invite-qr").query().isVisible());
        assertTrue(text(robot, "#invite-address").contains("this computer only"));
        assertEquals("Waiting for your interviewer to open the link.", text(robot, "#invite-status"));
        shoot(robot, "app-invite-pane.png");

        try (PageClient page = PageClient.open(link.getText(), null)) {
            page.next("welcome");
            await(() -> text(robot, "#invite-status").equals("Your interviewer is connected."));
        }
        robot.clickOn("#invite-withdraw");
        await(() -> link.getText().isEmpty());
        assertEquals("No interviewer invited.", text(robot, "#invite-status"));
        assertTrue(!robot.lookup("#invite-qr").query().isVisible());
    }

    @Test
    void aPortInUseIsSaidPlainlyAndTheRoundIsUntouched(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            settings = new InterviewSettings(false, taken.getLocalPort());
            showPane(robot);
            robot.clickOn("#invite-create");
            Node problem = robot.lookup("#invite-problem").query();
            await(problem::isVisible);
            assertTrue(text(robot, "#invite-problem").contains("Port " + taken.getLocalPort() + " is already in use"));
            assertEquals("NOT_STARTED", round.get().round().timer().state().name());
        }
    }

    @Test
    void theLocalNetworkChoiceIsSaved(FxRobot robot) {
        showPane(robot);
        robot.clickOn("#invite-lan");
        assertEquals(List.of(new InterviewSettings(true, 0)), savedSettings);
    }

    /** Saves what the candidate sees, to look at (target/browser, beside the browser test's). */
    private static void shoot(FxRobot robot, String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "browser");
            java.nio.file.Files.createDirectories(folder);
            var image = robot.capture(robot.window(0).getScene().getRoot()).getImage();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}
