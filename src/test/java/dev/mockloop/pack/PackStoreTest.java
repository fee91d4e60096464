package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void validPackIsCopiedIntoTheFolderUnderItsId() throws Exception {
        Path source = write("mine.json", PackReaderTest.minimal());

        InstalledPack imported = store().importPack(source, new PackLibrary(List.of()));

        assertEquals(PackSource.IMPORTED, imported.source());
        assertEquals(dir.resolve("packs/test.minimal.json"), imported.file());
        assertEquals(Files.readString(source), Files.readString(imported.file()));
        assertEquals(List.of("test.minimal"), store().loadAll(Set.of()).packs().stream().map(p -> p.pack().id()).toList());
    }

    @Test
    void invalidPackImportsNothingAndNamesTheLine() throws IOException {
        Path source = write("bad.json", PackReaderTest.minimal().replace("\"framework\": \"short\"", "\"framework\": \"nope\""));

        PackException e = assertThrows(PackException.class, () -> store().importPack(source, new PackLibrary(List.of())));

        assertTrue(e.problems().get(0).line() > 1);
        assertTrue(e.problems().get(0).file().endsWith("bad.json"));
        assertEquals(0, filesIn(dir.resolve("packs")), "nothing written");
    }

    @Test
    void packWhoseIdIsInstalledIsRefused() throws Exception {
        Path source = write("mine.json", PackReaderTest.minimal());
        InstalledPack first = store().importPack(source, new PackLibrary(List.of()));

        PackException e = assertThrows(PackException.class,
                () -> store().importPack(source, new PackLibrary(List.of(first))));

        assertTrue(e.getMessage().contains("already installed"), e.getMessage());
        assertEquals(1, filesIn(dir.resolve("packs")));
    }

    @Test
    void brokenFileInTheFolderIsSkippedAndReportedButKept() throws IOException {
        Files.createDirectories(dir.resolve("packs"));
        Path broken = Files.writeString(dir.resolve("packs/broken.json"), "{");
        Files.writeString(dir.resolve("packs/good.json"), PackReaderTest.minimal());

        PackStore.Loaded loaded = store().loadAll(Set.of());

        assertEquals(1, loaded.packs().size());
        assertEquals(1, loaded.problems().size());
        assertTrue(Files.exists(broken), "a user's file is never deleted");
    }

    @Test
    void importedPackCannotShadowABundledId() throws IOException {
        Files.createDirectories(dir.resolve("packs"));
        Files.writeString(dir.resolve("packs/copy.json"), PackReaderTest.minimal());

        PackStore.Loaded loaded = store().loadAll(Set.of("test.minimal"));

        assertTrue(loaded.packs().isEmpty());
        assertTrue(loaded.problems().get(0).message().contains("already installed"));
    }

    private static long filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
