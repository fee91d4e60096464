package dev.mockloop.ui.packmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.install.PackStateRepository;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.pack.io.Download;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SavedAttempts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Packs screen's state: rows with counts, switching on and off, removing, exporting. */
class PackManagerViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static final String MINIMAL = "test.minimal";

    @TempDir
    Path dir;

    private Database db;
    private Packs packs;
    private AttemptRepository attempts;
    private final AtomicReference<PackLibrary> library = new AtomicReference<>();
    private final List<PackLibrary> told = new ArrayList<>();
    private PackManagerViewModel model;

    @BeforeEach
    void open() throws IOException, PackException {
        db = Database.open(dir.resolve("m.db"));
        PackReader reader = new PackReader();
        packs = new Packs(reader, new PackStore(Files.createDirectories(dir.resolve("packs")), reader),
                new PackStateRepository(db, CLOCK), new Download());
        attempts = new AttemptRepository(db, CLOCK);
        PackLibrary bundled = packs.load(BundledPacks.load(reader), new ArrayList<>());
        Path file = Files.writeString(dir.resolve("pack.json"), PackFixtures.minimal());
        var installed = packs.installer().apply(packs.installer().plan(packs.sources().read(file), bundled), false);
        library.set(bundled.with(installed.installed()));
        model = new PackManagerViewModel(packs, attempts, new DirectTaskRunner(), library::get, changed -> {
            library.set(changed);
            told.add(changed);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PackRow row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private void saveAttemptAtMinimal() {
        attempts.save(SavedAttempts.of(library.get().question(MINIMAL, "cache-story").orElseThrow(),
                Instant.parse("2026-11-19T09:00:00Z"), 3, Verdict.HIRE));
    }

    @Test
    void everyInstalledPackIsListedWithItsAttemptCountAndSource() {
        saveAttemptAtMinimal();

        model.load();

        assertEquals(library.get().packs().size(), model.rows().size());
        PackRow minimal = row(MINIMAL);
        assertEquals(1, minimal.attempts());
        assertTrue(minimal.enabled());
        assertEquals("Imported", minimal.sourceLabel());
        assertEquals("Bundled", row(library.get().packs().get(0).pack().id()).sourceLabel());
        assertEquals(0, model.orphanAttemptsProperty().get());
    }

    @Test
    void removingAPackSaysItsAttemptsAreKeptAndCountsThemAsOrphans() {
        saveAttemptAtMinimal();
        saveAttemptAtMinimal();
        model.load();
        model.selectedProperty().set(row(MINIMAL));
        assertTrue(model.canRemove().get());

        model.remove(row(MINIMAL));

        assertEquals("Removed \u201cMinimal test pack\u201d. Its 2 attempts are still in History.",
                model.statusProperty().get());
        assertNull(row(MINIMAL), "gone from the list");
        assertNull(model.selectedProperty().get());
        assertFalse(model.hasSelection().get());
        assertEquals(2, model.orphanAttemptsProperty().get(), "its attempts are still there, packless");
        assertTrue(told.get(told.size() - 1).pack(MINIMAL).isEmpty(), "the rest of the app is told");
        assertFalse(Files.exists(dir.resolve("packs").resolve(MINIMAL)));
        assertEquals(2, attempts.count());
    }

    @Test
    void removingAPackWithoutAttemptsSaysOnlyThatItIsRemoved() {
        model.load();

        model.remove(row(MINIMAL));

        assertEquals("Removed \u201cMinimal test pack\u201d.", model.statusProperty().get());
    }

    @Test
    void removingAPackWithOneAttemptSaysSoInTheSingular() {
        saveAttemptAtMinimal();
        model.load();

        model.remove(row(MINIMAL));

        assertEquals("Removed \u201cMinimal test pack\u201d. Its attempt is still in History.",
                model.statusProperty().get());
    }

    @Test
    void aFailedExportIsShownAndTheNextSuccessfulOneClearsIt() throws IOException {
        model.load();
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");

        model.export(row(MINIMAL), notAFolder.resolve("minimal.zip"));
        assertTrue(!model.errorProperty().get().isEmpty(), "the failure is shown");

        model.export(row(MINIMAL), dir.resolve("minimal.zip"));

        assertTrue(model.statusProperty().get().startsWith("Exported"), model.statusProperty().get());
        assertEquals("", model.errorProperty().get(), "no stale failure next to the success");
    }

    @Test
    void aBundledPackCannotBeRemovedAndTryingSaysWhy() {
        model.load();
        PackRow bundled = model.rows().get(0);
        model.selectedProperty().set(bundled);
        assertFalse(model.canRemove().get());
        assertFalse(model.canEdit().get());

        model.remove(bundled);

        assertTrue(model.errorProperty().get().contains("comes with Mockloop and cannot be removed"),
                model.errorProperty().get());
        assertEquals(library.get().packs().size(), model.rows().size());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void switchingAPackOffIsSavedShownAndToldToTheApp() {
        model.load();

        model.setEnabled(row(MINIMAL), false);

        assertFalse(row(MINIMAL).enabled());
        assertEquals("\u201cMinimal test pack\u201d is off.", model.statusProperty().get());
        assertFalse(told.get(told.size() - 1).isEnabled(MINIMAL));
        assertFalse(packs.load(BundledPacks.load(new PackReader()), new ArrayList<>()).isEnabled(MINIMAL),
                "still off after a restart");

        model.setEnabled(row(MINIMAL), true);
        assertTrue(row(MINIMAL).enabled());
        assertEquals("\u201cMinimal test pack\u201d is on.", model.statusProperty().get());
    }

    @Test
    void theSelectionSurvivesAReload() {
        model.load();
        model.selectedProperty().set(row(MINIMAL));

        model.load();

        assertEquals(MINIMAL, model.selectedProperty().get().id());
    }

    @Test
    void exportingWritesAZipAndSaysWhere() throws IOException {
        model.load();
        Path out = dir.resolve("shared").resolve(model.exportName(row(MINIMAL)));
        Files.createDirectories(out.getParent());

        model.export(row(MINIMAL), out);

        assertEquals("test.minimal-1.0.0.zip", out.getFileName().toString());
        assertTrue(Files.size(out) > 0);
        assertEquals("Exported \u201cMinimal test pack\u201d 1.0.0 to " + out + ".", model.statusProperty().get());
    }

    @Test
    void aBundledPackHasNoFolderToShowAndAnImportedOneHasItsOwn() {
        model.load();

        assertNull(model.folderOf(model.rows().get(0)));
        assertEquals(dir.resolve("packs").resolve(MINIMAL), model.folderOf(row(MINIMAL)));
    }
}
