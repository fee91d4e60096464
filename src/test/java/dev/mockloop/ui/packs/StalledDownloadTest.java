package dev.mockloop.ui.packs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.mockloop.app.AppContext;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.FxTaskRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, finding 1: a server that sends its headers and then stalls held the one
 * background thread, so the round's autosaves queued behind the download for ever.
 * Downloads now run on their own thread, and Cancel frees it at once.
 */
@ExtendWith(ApplicationExtension.class)
class StalledDownloadTest {

    @TempDir
    Path dataDir;

    private final CountDownLatch headersSent = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private AppContext context;
    private FxTaskRunner io;
    private FxTaskRunner slow;
    private PackImport packImport;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stalled.zip", exchange -> {
            exchange.sendResponseHeaders(200, 100_000);
            exchange.getResponseBody().flush();
            headersSent.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        context = AppContext.open(dataDir);
        io = FxTaskRunner.io();
        slow = FxTaskRunner.slow();
        FileDialogs noFiles = new FileDialogs() {
            @Override
            public Optional<Path> save(javafx.stage.Window owner, String title, String name, String extension) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> open(javafx.stage.Window owner, String title, String extension) {
                return Optional.empty();
            }
        };
        packImport = new PackImport(context.packs(), context::library, library -> { }, io, slow,
                owner -> Optional.empty(), noFiles);
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop(0);
        slow.close();
        io.close();
        context.close();
    }

    @Test
    void aStalledDownloadLeavesAutosaveFreeAndCancelEndsIt(FxRobot robot) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/stalled.zip";
        robot.interact(() -> packImport.importUrl(url, stage));
        assertTrue(headersSent.await(10, TimeUnit.SECONDS), "the server sent its headers and then stalled");

        // A round autosaves through the round service while the download hangs...
        LibraryQuestion question = context.library().questions().get(0);
        robot.interact(() -> {
            ActiveRound round = context.rounds().begin(question, null);
            round.setNotes("still being saved");
            round.start();
        });
        long until = System.nanoTime() + 5_000_000_000L;
        while (context.rounds().loadDraft().map(d -> d.notes().equals("still being saved")).orElse(false) == false
                && System.nanoTime() < until) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        assertTrue(context.rounds().loadDraft().orElseThrow().notes().equals("still being saved"),
                "the round's autosave went through during the stalled download");
        // ...and the database's own thread is free too.
        CountDownLatch read = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        io.run(() -> context.attempts().count(), n -> read.countDown(), failed::set);
        assertTrue(read.await(5, TimeUnit.SECONDS), "database work went through during the stalled download");
        assertTrue(failed.get() == null, String.valueOf(failed.get()));

        robot.clickOn("Cancel");

        CountDownLatch free = new CountDownLatch(1);
        slow.run(() -> true, ok -> free.countDown(), e -> free.countDown());
        assertTrue(free.await(5, TimeUnit.SECONDS), "Cancel freed the download thread at once");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#import-progress").tryQuery().isPresent(), "the progress dialog closed");
        assertFalse(robot.lookup("#import-result").tryQuery().isPresent(), "a cancel is not reported as a failure");
    }
}
