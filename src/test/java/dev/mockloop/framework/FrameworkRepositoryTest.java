package dev.mockloop.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkRepositoryTest {

    @TempDir
    Path dir;

    private static Framework mine(String title, double... minutes) {
        List<Phase> phases = new java.util.ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            phases.add(new Phase("p" + i, "Phase " + i, minutes[i], "guide " + i,
                    i == 0 ? PromptKind.BEHAVIORAL : PromptKind.DESIGN));
        }
        return new Framework(FrameworkRules.idFrom(title), title, null, phases);
    }

    @Test
    void savedFrameworkReadsBackWithItsPhasesAfterReopening() {
        Framework framework = mine("My 45", 5, 10, 20, 10);
        try (Database db = Database.open(dir.resolve("m.db"))) {
            new FrameworkRepository(db, Clock.systemUTC()).save(framework);
        }
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Framework back = new FrameworkRepository(db, Clock.systemUTC()).list().get(0);
            assertEquals(framework.id(), back.id());
            assertEquals(framework.phases(), back.phases());
            assertEquals(45 * 60_000, back.plannedMillis());
        }
    }

    @Test
    void savingTheSameIdReplacesAndDeleteRemoves() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            FrameworkRepository repository = new FrameworkRepository(db, Clock.systemUTC());
            repository.save(mine("Mine", 10, 10));
            repository.save(mine("Mine", 10, 20));
            assertEquals(1, repository.list().size());
            assertEquals(30 * 60_000, repository.list().get(0).plannedMillis());
            repository.delete("mine");
            assertTrue(repository.list().isEmpty());
        }
    }

    @Test
    void aFrameworkOutsideFifteenToNinetyMinutesIsRefused() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            FrameworkRepository repository = new FrameworkRepository(db, Clock.systemUTC());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> repository.save(mine("Tiny", 5, 5)));
            assertTrue(e.getMessage().contains("10 minutes; a round must be 15 to 90"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> repository.save(mine("Huge", 60, 31)));
            assertTrue(repository.list().isEmpty());
        }
    }
}
