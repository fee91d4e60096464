package dev.mockloop.pack.install;

import static dev.mockloop.pack.PackFixtures.minimal;
import static dev.mockloop.pack.PackFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackSource;
import dev.mockloop.pack.PackStore;
import dev.mockloop.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing, updating and removing packs: each update case, and failure at each step. */
class PackInstallerTest {

    @TempDir
    Path dir;

    private final PackReader reader = new PackReader();
    private Database database;
    private PackInstaller installer;
    private PackStateRepository states;
    private PackLibrary library = new PackLibrary(List.of());
    private int failAtMove;
    private int moves;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("mockloop.db"));
        states = new PackStateRepository(database, Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        PackStore store = new PackStore(dir.resolve("packs"), reader, (from, to) -> {
            if (++moves == failAtMove) {
                throw new IOException("disk unplugged");
            }
            PackStore.Mover.FILES.move(from, to);
        });
        installer = new PackInstaller(store, states, () -> backupsTaken++);
    }

    private int backupsTaken;

    @Test
    void updatingOrRemovingAnInstalledPackBacksUpFirstButANewPackDoesNot() throws Exception {
        importJson(minimal());
        assertEquals(0, backupsTaken, "a new pack changes nothing that exists");
        importJson(PackFixtures.version("1.1.0"));
        assertEquals(1, backupsTaken, "an update is a risky change");
        installer.remove(library.pack("test.minimal").orElseThrow());
        assertEquals(2, backupsTaken, "so is a removal");
    }

    @Test
    void aFailedBackupStopsTheUpdateAndChangesNothing() throws Exception {
        importJson(minimal());
        byte[] before = Files.readAllBytes(dir.resolve("packs/test.minimal/pack.json"));
        PackInstaller refusing = new PackInstaller(new PackStore(dir.resolve("packs"), reader), states, () -> {
            throw new IllegalStateException("disk full");
        });
        assertThrows(IllegalStateException.class,
                () -> refusing.apply(refusing.plan(bundle(PackFixtures.version("1.1.0")), library), false));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("packs/test.minimal/pack.json")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PackBundle bundle(String json) throws PackException {
        return PackBundle.of("source.json", reader.check("source.json", utf8(json)).orThrow(), utf8(json));
    }

    private PackInstaller.Result importJson(String json) throws PackException {
        PackInstaller.Result result = installer.apply(installer.plan(bundle(json), library), false);
        if (result.installed() != null) {
            library = library.with(result.installed());
        }
        return result;
    }

    @Test
    void newPackIsInstalledEnabledAndLogged() throws Exception {
        PackInstaller.Result result = importJson(minimal());

        assertTrue(result.report().applied());
        assertEquals(ImportPlan.Kind.NEW, result.report().kind());
        assertEquals(new ImportCounts(1, 0, 0, 0, 0), result.report().counts());
        assertTrue(Files.exists(dir.resolve("packs/test.minimal/pack.json")));
        assertTrue(states.all().get("test.minimal").enabled());
        assertEquals(1, states.importCount("test.minimal"));
    }

    static Stream<Arguments> updates() {
        String v1 = minimal();
        String v2WithExtra = PackFixtures.withExtraQuestion(PackFixtures.version("1.1.0"));
        String v2Edited = PackFixtures.version("1.1.0").replace("The cache that lied", "The cache that lied twice");
        String v2Dropped = PackFixtures.withExtraQuestion(PackFixtures.version("2.0.0"))
                .replace("\"id\": \"cache-story\"", "\"id\": \"cache-story-v2\"");
        String sameEdited = v1.replace("The cache that lied", "Edited without a version bump");
        return Stream.of(
                Arguments.of("newer with a new question", v2WithExtra, ImportPlan.Kind.UPDATE, true,
                        new ImportCounts(1, 0, 1, 0, 0)),
                Arguments.of("newer with an edited question", v2Edited, ImportPlan.Kind.UPDATE, true,
                        new ImportCounts(0, 1, 0, 0, 0)),
                Arguments.of("newer that drops a question", v2Dropped, ImportPlan.Kind.UPDATE, true,
                        new ImportCounts(2, 0, 0, 0, 1)),
                Arguments.of("same version, identical", v1, ImportPlan.Kind.SAME_VERSION, false,
                        new ImportCounts(0, 0, 1, 0, 0)),
                Arguments.of("same version, edited", sameEdited, ImportPlan.Kind.SAME_VERSION, false,
                        new ImportCounts(0, 0, 0, 1, 0)),
                Arguments.of("older version", PackFixtures.version("0.9.0"), ImportPlan.Kind.OLDER_VERSION, false,
                        new ImportCounts(0, 0, 1, 0, 0)),
                Arguments.of("pre-release of the same version", PackFixtures.version("1.0.0-rc.1"),
                        ImportPlan.Kind.OLDER_VERSION, false, new ImportCounts(0, 0, 1, 0, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updates")
    void reimportingAPackIsPlannedAndReportedInAnkisBuckets(String name, String incoming, ImportPlan.Kind kind,
                                                          boolean applied, ImportCounts counts) throws Exception {
        importJson(minimal());
        Map<String, String> before = snapshot();

        PackInstaller.Result result = importJson(incoming);

        assertEquals(kind, result.report().kind());
        assertEquals(applied, result.report().applied());
        assertEquals(counts, result.report().counts());
        if (applied) {
            assertEquals(incoming, Files.readString(dir.resolve("packs/test.minimal/pack.json")));
            assertEquals(2, states.importCount("test.minimal"));
        } else {
            assertEquals(before, snapshot(), "an import that is not applied changes nothing");
            assertFalse(result.report().verdict().isBlank());
        }
    }

    @Test
    void previewListsNewUpdatedRemovedAndUnchangedQuestionsBeforeAnythingChanges() throws Exception {
        importJson(PackFixtures.withExtraQuestion(minimal()));
        String v2 = PackFixtures.version("1.1.0").replace("Design a read-through cache", "Design a write-through cache")
                .replace("\"id\": \"cache-story\"", "\"id\": \"cache-story\"");
        Map<String, String> before = snapshot();

        ImportPlan plan = installer.plan(bundle(v2), library);

        assertEquals(ImportPlan.Kind.UPDATE, plan.kind());
        assertEquals(List.of(), plan.changes().added());
        assertEquals("cache-story", plan.changes().updated().get(0).after().id());
        assertEquals(List.of("design prompt"), plan.changes().updated().get(0).changedParts());
        assertEquals("extra", plan.changes().removed().get(0).id());
        assertEquals(before, snapshot(), "planning changes nothing");
    }

    @Test
    void attemptsOfARemovedQuestionStayViewableAfterTheUpdate() throws Exception {
        importJson(PackFixtures.withExtraQuestion(minimal()));
        AttemptRepository attempts = new AttemptRepository(database);
        Attempt saved = attempts.save(attempt("extra", "The extra question"));

        importJson(PackFixtures.version("1.1.0"));

        assertTrue(library.question("test.minimal", "extra").isEmpty(), "the question is gone from the pack");
        Attempt kept = attempts.find(saved.id()).orElseThrow();
        assertEquals("The extra question", kept.questionTitle());
        assertEquals("extra", kept.questionId());
    }

    @Test
    void bundledPackIdIsNeverReplaced() throws Exception {
        InstalledPack bundled = new InstalledPack(bundle(minimal()).pack(), PackSource.BUNDLED, null);
        library = new PackLibrary(List.of(bundled));

        PackInstaller.Result result = importJson(PackFixtures.version("9.0.0"));

        assertEquals(ImportPlan.Kind.BUNDLED, result.report().kind());
        assertFalse(Files.exists(dir.resolve("packs/test.minimal")));
    }

    /** Where a failure is injected into an update of an installed pack. */
    enum Failure { DATABASE_WRITE, MOVE_OLD_ASIDE, MOVE_NEW_IN }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Failure.class)
    void failedUpdateLeavesTheDatabaseAndThePacksFolderExactlyAsTheyWere(Failure failure) throws Exception {
        importJson(minimal());
        Map<String, String> before = snapshot();
        switch (failure) {
            case DATABASE_WRITE -> execute("CREATE TRIGGER no_imports BEFORE INSERT ON pack_imports"
                    + " BEGIN SELECT RAISE(ABORT, 'database full'); END");
            case MOVE_OLD_ASIDE -> failAtMove = moves + 1;
            case MOVE_NEW_IN -> failAtMove = moves + 2;
        }
        if (failure == Failure.DATABASE_WRITE) {
            before = snapshot();
        }

        PackException e = assertThrows(PackException.class,
                () -> importJson(PackFixtures.withExtraQuestion(PackFixtures.version("2.0.0"))));

        assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void removingAPackDeletesItsFolderAndSettingsButKeepsItsAttempts() throws Exception {
        InstalledPack pack = importJson(minimal()).installed();
        AttemptRepository attempts = new AttemptRepository(database);
        Attempt saved = attempts.save(attempt("cache-story", "The cache that lied"));
        states.setEnabled("test.minimal", false);

        installer.remove(pack);

        assertFalse(Files.exists(dir.resolve("packs/test.minimal")));
        assertNull(states.all().get("test.minimal"));
        assertEquals("The cache that lied", attempts.find(saved.id()).orElseThrow().questionTitle());
    }

    @Test
    void failedRemovalChangesNothing() throws Exception {
        InstalledPack pack = importJson(minimal()).installed();
        Map<String, String> before = snapshot();
        failAtMove = moves + 1;

        assertThrows(PackException.class, () -> installer.remove(pack));

        assertEquals(before, snapshot());
    }

    @Test
    void disabledPackStaysOffAcrossAnUpdate() throws Exception {
        importJson(minimal());
        states.setEnabled("test.minimal", false);

        importJson(PackFixtures.version("1.0.1"));

        assertFalse(states.all().get("test.minimal").enabled());
    }

    private static Attempt attempt(String questionId, String title) {
        Instant start = Instant.parse("2026-11-20T09:00:00Z");
        return new Attempt(null, "test.minimal", "1.0.0", questionId, title, "Tell me.", "Design it.", "short",
                "Short round", start, start.plusSeconds(300), List.of(), "", null, null, List.of(), List.of(),
                Verdict.HIRE, "");
    }

    /** @return every file under packs/ with its content, and every row of the pack tables */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> all = new TreeMap<>();
        Path packs = dir.resolve("packs");
        if (Files.exists(packs)) {
            try (Stream<Path> files = Files.walk(packs)) {
                for (Path p : files.toList()) {
                    all.put("file " + packs.relativize(p), Files.isDirectory(p) ? "dir"
                            : Files.size(p) + " bytes, hash " + java.util.Arrays.hashCode(Files.readAllBytes(p)));
                }
            }
        }
        for (String table : List.of("pack_state", "pack_imports")) {
            all.put("table " + table, rows("SELECT * FROM " + table + " ORDER BY 1"));
        }
        return all;
    }

    private String rows(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mockloop.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
            return rows.toString();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mockloop.db"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
