package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

    private static final Set<String> V1_TABLES =
            Set.of("attempts", "attempt_phases", "attempt_scores", "attempt_failure_modes");
    private static final Set<String> V1_INDEXES = Set.of("attempts_by_start", "attempts_by_question");

    @TempDir
    Path dir;

    @Test
    void fileAtVersionZeroIsMigratedToVersionOneWithItsTables() throws Exception {
        Path file = dir.resolve("mockloop.db");
        Files.createFile(file); // an empty file is a valid SQLite database at user_version 0
        assertEquals(0, rawUserVersion(file));

        try (Database database = Database.open(file)) {
            assertEquals(Migrator.standard().latestVersion(), database.read(Sql::userVersion));
            assertTrue(schemaNames(database, "table").containsAll(V1_TABLES), schemaNames(database, "table").toString());
            assertTrue(schemaNames(database, "index").containsAll(V1_INDEXES), schemaNames(database, "index").toString());
        }
    }

    @Test
    void newFileIsCreatedAtTheLatestVersion() {
        Path file = dir.resolve("fresh.db");

        try (Database database = Database.open(file)) {
            assertEquals(Migrator.standard().latestVersion(), database.read(Sql::userVersion));
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void databaseNewerThanAppIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("mockloop.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Sql.execute(raw, "CREATE TABLE from_the_future (x TEXT)");
            Sql.execute(raw, "INSERT INTO from_the_future VALUES ('keep me')");
            Sql.execute(raw, "PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        SchemaTooNewException e = assertThrows(SchemaTooNewException.class, () -> Database.open(file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file.getFileName().toString()), fileNamesIn(dir), "no -wal, -shm or -journal left");
        assertEquals(99, e.fileVersion());
        assertEquals(Migrator.standard().latestVersion(), e.appVersion());
        assertEquals(file.toAbsolutePath(), e.file());
        String message = e.getMessage();
        assertTrue(message.contains(file.toAbsolutePath().toString()), message);
        assertTrue(message.contains("99"), message);
        assertTrue(message.contains("up to " + Migrator.standard().latestVersion()), message);
        assertTrue(message.contains("update Mockloop"), message);
    }

    @Test
    void onlyPendingMigrationsRun() throws Exception {
        Path file = dir.resolve("ladder.db");
        Database.open(file, new Migrator("db/test-ladder/", List.of("V1__first.sql"))).close();

        try (Database database = Database.open(file,
                new Migrator("db/test-ladder/", List.of("V1__first.sql", "V2__second.sql")))) {
            assertEquals(2, database.read(Sql::userVersion));
            assertEquals(Set.of("one", "two"), schemaNames(database, "table"));
        }
    }

    @Test
    void failedMigrationLeavesTheFileAtItsOldVersion() throws Exception {
        Path file = dir.resolve("broken.db");
        Migrator broken = new Migrator("db/test-broken/", List.of("V1__first.sql", "V2__broken.sql"));

        StorageException e = assertThrows(StorageException.class, () -> Database.open(file, broken));

        assertTrue(e.getMessage().contains("V2__broken.sql, statement 2 of 2"), e.getMessage());
        assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
        assertEquals(0, rawUserVersion(file));
        try (Database reopened = Database.open(file, new Migrator("db/test-broken/", List.of()))) {
            assertEquals(Set.of(), schemaNames(reopened, "table"), "V1's table was rolled back too");
        }
    }

    @Test
    void ladderNamesMustCountUpFromOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new Migrator("db/test-ladder/", List.of("V2__second.sql")));
        assertThrows(IllegalArgumentException.class,
                () -> new Migrator("db/test-ladder/", List.of("V1__first.sql", "V1__first.sql")));
        assertThrows(IllegalArgumentException.class,
                () -> new Migrator("db/test-ladder/", List.of("first.sql")));
    }

    @Test
    void everyShippedMigrationFileIsOnTheLadder() throws Exception {
        URL folder = Migrator.class.getClassLoader().getResource(Migrator.FOLDER);
        assertTrue(folder != null && "file".equals(folder.getProtocol()), "tests read classes from a folder");

        assertEquals(new TreeSet<>(Migrator.LADDER), new TreeSet<>(fileNamesIn(Path.of(folder.toURI()))));
        assertEquals(Migrator.LADDER.size(), Migrator.standard().latestVersion());
    }

    private static int rawUserVersion(Path file) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Sql.userVersion(raw);
        }
    }

    private static Set<String> schemaNames(Database database, String type) {
        return database.read(c -> {
            try (var select = c.prepareStatement(
                    "SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%'")) {
                select.setString(1, type);
                try (var rows = select.executeQuery()) {
                    Set<String> names = new TreeSet<>();
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                    return names;
                }
            }
        });
    }

    private static List<String> fileNamesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
