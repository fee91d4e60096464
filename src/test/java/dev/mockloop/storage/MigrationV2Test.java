package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by a version-1 app keeps its attempts through the move to version 2. */
class MigrationV2Test {

    @TempDir
    Path dir;

    @Test
    void versionOneAttemptKeepsItsPhasesAndGainsZeroPausesAndNoProbes() {
        Path file = dir.resolve("mockloop.db");
        try (Database v1 = Database.open(file, new Migrator(Migrator.FOLDER, List.of("V1__initial.sql")))) {
            v1.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO attempts (id, pack_id, question_id, started_at, ended_at, verdict, created_at)
                        VALUES (7, 'p', 'q', 1000, 2000, 'HIRE', 3000)""")) {
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO attempt_phases (attempt_id, position, phase_id, title, planned_ms, actual_ms)
                        VALUES (7, 0, 'req', 'Requirements', 300000, 320000)""")) {
                    insert.executeUpdate();
                }
                return null;
            });
        }

        try (Database v2 = Database.open(file)) {
            Attempt attempt = new AttemptRepository(v2).find(7).orElseThrow();
            assertEquals(320_000, attempt.phases().get(0).actualMs());
            assertEquals(0, attempt.phases().get(0).pausedMs());
            assertEquals(List.of(), attempt.probes());
            int version = v2.read(Sql::userVersion);
            assertEquals(2, version);
        }
    }
}
