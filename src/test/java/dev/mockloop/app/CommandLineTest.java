package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.PackFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands as a script runs them: output lines and exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.runCommand(args[0], List.of(args).subList(1, args.length), dir.resolve("home"),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void validateChecksJsonZipAndCsvInAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("packs"));
        Files.writeString(folder.resolve("a.json"), PackFixtures.minimal());
        Files.write(folder.resolve("b.zip"), PackFixtures.zipPack(PackFixtures.minimal(), Map.of()));
        Files.writeString(folder.resolve("c.csv"), "title,behavioral,design\nQ,Tell me.,Design it.\n");

        assertEquals(0, run("validate", folder.toString()), out);
        assertTrue(out.endsWith("3 packs, 3 questions, 0 problems\n"), out);
    }

    @Test
    void importThenReimportThenOlderFollowTheExitCodeConventions() throws IOException {
        Path v1 = write("v1.json", PackFixtures.minimal());
        Path old = write("old.json", PackFixtures.version("0.9.0"));

        assertEquals(0, run("import", v1.toString()), out);
        assertTrue(out.contains("imported test.minimal 1.0.0: new 1, updated 0, duplicate 0, conflicting 0, removed 0"), out);
        assertTrue(Files.exists(dir.resolve("home/packs/test.minimal/pack.json")), "MOCKLOOP_HOME's packs folder");

        assertEquals(0, run("import", v1.toString()), out);
        assertTrue(out.contains("already installed, identical"), out);

        assertEquals(1, run("import", old.toString()), out);
        assertTrue(out.contains("old.json:1:1: This is version 0.9.0"), out);
        assertTrue(out.endsWith("1 pack, 1 question, 1 problem\n"), out);
    }

    @Test
    void dryRunPrintsThePreviewAndChangesNothing() throws IOException {
        run("import", write("v1.json", PackFixtures.withExtraQuestion(PackFixtures.minimal())).toString());
        String v2 = PackFixtures.version("1.1.0").replace("The cache that lied", "The cache that lied again");

        assertEquals(0, run("import", "--dry-run", write("v2.json", v2).toString()), out);

        assertTrue(out.contains("Updates \u201cMinimal test pack\u201d from 1.0.0 to 1.1.0"), out);
        assertTrue(out.contains("updated    cache-story"), out);
        assertTrue(out.contains("removed    extra"), out);
        assertTrue(Files.readString(dir.resolve("home/packs/test.minimal/pack.json")).contains("\"1.0.0\""));
    }

    @Test
    void exportedPackPassesValidateAndListShowsIt() throws IOException {
        run("import", write("v1.json", PackFixtures.minimal()).toString());
        Path zip = dir.resolve("out/shared.zip");

        assertEquals(0, run("export", "test.minimal", zip.toString()), out);
        assertTrue(out.contains("exported test.minimal 1.0.0"), out);
        assertEquals(0, run("validate", zip.toString()), out);

        assertEquals(0, run("list"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("test.minimal") && l.contains("imported")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("mockloop.bar-raiser") && l.contains("bundled")), out);
    }

    @Test
    void invalidImportNamesFileLineAndColumnAndImportsNothing() throws IOException {
        Path bad = write("bad.json", PackFixtures.minimal().replace("\"framework\": \"short\"", "\"framework\": \"long\""));

        assertEquals(1, run("import", bad.toString()), out);

        assertTrue(out.lines().anyMatch(l -> l.matches(".*bad\\.json:\\d+:\\d+: question 'cache-story' uses framework 'long'.*")), out);
        assertFalse(Files.exists(dir.resolve("home/packs/test.minimal")));
    }

    @ParameterizedTest
    @CsvSource({"import,", "export, only-one", "list, extra", "validate,", "frobnicate,"})
    void usageErrorsExitWithTwo(String command, String arg) {
        String[] args = arg == null ? new String[] {command} : new String[] {command, arg};

        assertEquals(2, run(args));
        assertFalse(err.isBlank());
    }

    @Test
    void exportOfAnUnknownIdIsAProblem() {
        assertEquals(1, run("export", "no.such", dir.resolve("x.json").toString()));
        assertTrue(out.contains("no.such:1:1: no installed pack has this id"), out);
    }

    @Test
    void importOfAStalledUrlEndsWithAClearMessage() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pack.zip", exchange -> {
            exchange.sendResponseHeaders(200, 50_000);
            exchange.getResponseBody().flush();
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/pack.zip";
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            java.time.Duration stall = java.time.Duration.ofSeconds(2);
            int code = Main.runCommand("import", List.of(url), dir.resolve("home"),
                    new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                    OpenOptions.standard().withDownload(new dev.mockloop.pack.io.Download(1 << 20,
                            new dev.mockloop.pack.io.Download.Timeouts(java.time.Duration.ofSeconds(5), stall,
                                    java.time.Duration.ofMinutes(1)))));
            out = o.toString(StandardCharsets.UTF_8);

            assertEquals(1, code, out);
            assertTrue(out.contains(url + ":1:1: the network stalled: nothing arrived for 2 s"), out);
            assertTrue(out.endsWith("0 packs, 0 questions, 1 problem\n"), out);
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    @Test
    void listAndExportWorkOnDataThatCannotBeWrittenAndImportSaysWhyNot() throws IOException {
        run("import", write("v1.json", PackFixtures.minimal()).toString());
        Path db = dir.resolve("home/mockloop.db");
        byte[] before = Files.readAllBytes(db);
        OpenOptions full = OpenOptions.standard().unwritable("the disk holding " + dir.resolve("home") + " is full");

        assertEquals(0, runWith(full, "list"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("test.minimal") && l.contains("imported")), out);
        assertEquals(0, runWith(full, "export", "test.minimal", dir.resolve("out.json").toString()), out);
        assertTrue(Files.exists(dir.resolve("out.json")));
        assertEquals(1, runWith(full, "import", write("other.json", PackFixtures.version("2.0.0")).toString()), out);
        assertTrue(out.contains("cannot import: your data is open read-only, because the disk holding"), out);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "nothing was written to the database");
        assertTrue(Files.readString(dir.resolve("home/packs/test.minimal/pack.json")).contains("\"1.0.0\""));
    }

    private int runWith(OpenOptions options, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.runCommand(args[0], List.of(args).subList(1, args.length), dir.resolve("home"),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), options);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
