package dev.mockloop.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupService;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups screen's state: listing, backing up now, checking the database and restoring. */
class BackupsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private BackupService service;
    private final List<Backup> restored = new ArrayList<>();
    private BackupsViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("mockloop.db"));
        service = new BackupService(db, new Backups(Backups.folderFor(db.file()), Clock.fixed(NOW, ZoneOffset.UTC)));
        model = new BackupsViewModel(service, new DirectTaskRunner(), restored::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backingUpNowAddsTheBackupToTheListAndSaysWhichFileItWrote() {
        model.load();
        assertTrue(model.backups().isEmpty());

        model.backUpNow();

        assertEquals(1, model.backups().size());
        BackupsViewModel.Row row = model.backups().get(0);
        assertEquals("manual", row.reason());
        assertEquals(NOW, row.takenAt());
        assertTrue(row.kb() > 0, "a real file of some KiB");
        assertEquals("Backed up to " + row.backup().file().getFileName() + ".", model.statusProperty().get());
        assertFalse(model.busyProperty().get(), "the buttons are enabled again");
    }

    @Test
    void theListShowsBackupsNewestFirstWithReasonsInWords() {
        Path folder = Backups.folderFor(db.file());
        new Backups(folder, Clock.fixed(NOW.minusSeconds(3600), ZoneOffset.UTC)).create(db, "before-pack-update");
        service.backupNow("manual");

        model.load();

        assertEquals(List.of("manual", "before pack update"),
                model.backups().stream().map(BackupsViewModel.Row::reason).toList());
    }

    @Test
    void checkingASoundDatabaseSaysSQLiteFoundNoProblem() {
        model.checkDatabase();

        assertEquals("The database is sound: SQLite's integrity check found no problem.", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aBackupThatCannotBeWrittenIsReportedAndTheListStaysAsItWas() throws IOException {
        Files.writeString(Backups.folderFor(db.file()), "a file where the backups folder should be");

        model.backUpNow();

        String status = model.statusProperty().get();
        assertTrue(status.startsWith("Not backed up: "), status);
        assertTrue(model.backups().isEmpty());
        assertFalse(model.busyProperty().get(), "the user can try again");
    }

    @Test
    void restoringHandsTheChosenBackupToTheApp() {
        service.backupNow("start");
        model.load();

        model.restore(model.backups().get(0));

        assertEquals(List.of(model.backups().get(0).backup()), restored);
    }
}
