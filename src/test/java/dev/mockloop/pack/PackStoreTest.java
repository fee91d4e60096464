package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackStoreTest {

    @TempDir
    Path dir;

    private final PackReader reader = new PackReader();

    private PackStore store() {
        return new PackStore(dir.resolve("packs"), reader);
    }

    private PackBundle bundle(String json, Map<String, byte[]> assets) throws PackException {
        byte[] bytes = PackFixtures.utf8(json);
        return new PackBundle("test", reader.check("pack.json", bytes).orThrow(), bytes, assets);
    }

    @Test
    void swappedInPackGetsAFolderNamedByItsIdWithItsAssets() throws Exception {
        PackStore store = store();
        store.swapIn(store.stage(bundle(PackFixtures.minimal(), Map.of("assets/a.png", PackFixtures.PNG)))).finish();

        Path folder = dir.resolve("packs/test.minimal");
        assertEquals(PackFixtures.minimal(), Files.readString(folder.resolve("pack.json")));
        assertArrayEquals(PackFixtures.PNG, Files.readAllBytes(folder.resolve("assets/a.png")));
        assertEquals(List.of("test.minimal"), store.loadAll(Set.of()).packs().stream().map(p -> p.pack().id()).toList());
        assertEquals(List.of("test.minimal"), names(dir.resolve("packs")), "no staging or trash left");
    }

    @Test
    void undoingASwapPutsTheOldVersionBackByteForByte() throws Exception {
        PackStore store = store();
        store.swapIn(store.stage(bundle(PackFixtures.minimal(), Map.of()))).finish();

        PackStore.Swap swap = store.swapIn(store.stage(bundle(PackFixtures.version("2.0.0"), Map.of())));
        assertTrue(Files.readString(dir.resolve("packs/test.minimal/pack.json")).contains("2.0.0"));
        swap.undo();

        assertEquals(PackFixtures.minimal(), Files.readString(dir.resolve("packs/test.minimal/pack.json")));
        assertEquals(List.of("test.minimal"), names(dir.resolve("packs")));
    }

    @Test
    void failedRenameLeavesTheInstalledFolderAsItWas() throws Exception {
        store().swapIn(store().stage(bundle(PackFixtures.minimal(), Map.of()))).finish();
        int[] moves = {0};
        PackStore failing = new PackStore(dir.resolve("packs"), reader, (from, to) -> {
            if (++moves[0] == 2) {
                throw new IOException("disk full");
            }
            PackStore.Mover.FILES.move(from, to);
        });

        assertThrows(IOException.class, () -> failing.swapIn(failing.stage(bundle(PackFixtures.version("2.0.0"), Map.of()))));

        assertEquals(PackFixtures.minimal(), Files.readString(dir.resolve("packs/test.minimal/pack.json")));
        assertEquals(List.of("test.minimal"), names(dir.resolve("packs")));
    }

    @Test
    void brokenPackInTheFolderIsSkippedAndReportedButKept() throws IOException {
        Files.createDirectories(dir.resolve("packs/broken"));
        Path broken = Files.writeString(dir.resolve("packs/broken/pack.json"), "{");
        Files.createDirectories(dir.resolve("packs/test.minimal"));
        Files.writeString(dir.resolve("packs/test.minimal/pack.json"), PackFixtures.minimal());

        PackStore.Loaded loaded = store().loadAll(Set.of());

        assertEquals(1, loaded.packs().size());
        assertEquals(1, loaded.problems().size());
        assertTrue(Files.exists(broken), "a user's file is never deleted");
    }

    @Test
    void folderNotNamedByItsPackIdIsSkipped() throws IOException {
        Files.createDirectories(dir.resolve("packs/other"));
        Files.writeString(dir.resolve("packs/other/pack.json"), PackFixtures.minimal());

        PackStore.Loaded loaded = store().loadAll(Set.of());

        assertTrue(loaded.packs().isEmpty());
        assertTrue(loaded.problems().get(0).message().contains("named by its id"), loaded.problems().toString());
    }

    @Test
    void importedPackCannotShadowABundledId() throws IOException {
        Files.createDirectories(dir.resolve("packs/test.minimal"));
        Files.writeString(dir.resolve("packs/test.minimal/pack.json"), PackFixtures.minimal());

        PackStore.Loaded loaded = store().loadAll(Set.of("test.minimal"));

        assertTrue(loaded.packs().isEmpty());
        assertTrue(loaded.problems().get(0).message().contains("already installed"));
    }

    @Test
    void leftoversOfACrashAreClearedAndNeverLoaded() throws IOException {
        Files.createDirectories(dir.resolve("packs/.staging-1"));
        Files.writeString(dir.resolve("packs/.staging-1/pack.json"), PackFixtures.minimal());
        Files.createDirectories(dir.resolve("packs/.trash-2"));

        PackStore.Loaded loaded = store().loadAll(Set.of());

        assertTrue(loaded.packs().isEmpty());
        assertFalse(Files.exists(dir.resolve("packs/.staging-1")));
        assertFalse(Files.exists(dir.resolve("packs/.trash-2")));
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
