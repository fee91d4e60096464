package dev.mockloop.pack.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads from a server on 127.0.0.1 only. */
class DownloadTest {

    private static final int LIMIT = 64 * 1024;

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/pack.json", PackFixtures.utf8(PackFixtures.minimal()), true);
        serve("/pack.zip", PackFixtures.zipPack(PackFixtures.minimal(), Map.of()), true);
        serve("/questions.csv", PackFixtures.utf8("title,behavioral,design\nA queue,Tell me.,Design a queue.\n"), true);
        serve("/announced-big.json", new byte[LIMIT + 1], true);
        serve("/chunked-big.json", new byte[LIMIT * 3], false);
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, byte[] body, boolean announceLength) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(200, announceLength ? body.length : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < body.length; i += 8192) {
                    out.write(body, i, Math.min(8192, body.length - i));
                }
            } catch (IOException ignored) {
                // the client hung up, as it should past the limit
            }
        });
    }

    private PackSources sources() {
        return new PackSources(new PackReader(), new PackWriter(), new Download(LIMIT));
    }

    @Test
    void jsonZipAndCsvPacksDownloadWithProgress() throws Exception {
        List<long[]> progress = new ArrayList<>();
        PackLibrary none = new PackLibrary(List.of(), java.util.Set.of());
        dev.mockloop.pack.PackTemplate template = dev.mockloop.pack.PackTemplate.of(
                new PackReader().check("t", PackFixtures.utf8(PackFixtures.minimal())).pack());

        PackBundle json = sources().download(base + "/pack.json", (b, t) -> progress.add(new long[] {b, t}), () -> false, none);
        PackBundle zip = sources().download(base + "/pack.zip", Download.Progress.NONE, () -> false, none);
        byte[] csv = new Download(LIMIT).fetch(base + "/questions.csv", Download.Progress.NONE, () -> false);

        assertEquals("test.minimal", json.pack().id());
        assertEquals("test.minimal", zip.pack().id());
        assertEquals("A queue", sources().readCsv("questions.csv", csv,
                CsvOptions.defaults("questions.csv", none), template).pack().questions().get(0).title());
        long total = PackFixtures.utf8(PackFixtures.minimal()).length;
        assertArrayEquals(new long[] {total, total}, progress.get(progress.size() - 1), "ends at the full size");
        assertEquals(0, progress.get(0)[0], "starts at zero");
    }

    @Test
    void serverAnnouncingMoreThanTheLimitIsRefusedBeforeTheBody() {
        PackException e = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch(base + "/announced-big.json", Download.Progress.NONE, () -> false));

        assertTrue(e.getMessage().contains("passes the limit of 64 KiB"), e.getMessage());
    }

    @Test
    void bodyGrowingPastTheLimitIsCutOff() {
        long[] last = {0};

        PackException e = assertThrows(PackException.class, () -> new Download(LIMIT)
                .fetch(base + "/chunked-big.json", (bytes, total) -> last[0] = bytes, () -> false));

        assertTrue(e.getMessage().contains("passes the limit"), e.getMessage());
        assertTrue(last[0] <= LIMIT, "never keeps more than the limit: " + last[0]);
    }

    @Test
    void cancelStopsTheDownload() {
        PackException e = assertThrows(PackException.class,
                () -> new Download(LIMIT * 4).fetch(base + "/chunked-big.json", Download.Progress.NONE, () -> true));

        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    }

    @Test
    void serverErrorAndOtherSchemesGetClearMessages() {
        PackException missing = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch(base + "/missing", Download.Progress.NONE, () -> false));
        PackException file = assertThrows(PackException.class,
                () -> new Download(LIMIT).fetch("file:///etc/passwd", Download.Progress.NONE, () -> false));

        assertTrue(missing.getMessage().contains("answered 404"), missing.getMessage());
        assertTrue(file.getMessage().contains("only http:// and https://"), file.getMessage());
    }
}
