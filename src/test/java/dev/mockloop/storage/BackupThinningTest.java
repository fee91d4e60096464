package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupThinningTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void aYearOfHalfHourlyBackupsThinsToTwelveDailyTenWeeklyNineMonthlyAndTheNewest() {
        List<Instant> backups = new ArrayList<>();
        for (Instant t = NOW.minus(Duration.ofDays(365)); !t.isAfter(NOW); t = t.plus(Duration.ofMinutes(30))) {
            backups.add(t);
        }

        Set<Instant> kept = BackupThinning.keep(backups, ZoneOffset.UTC);

        assertEquals(1 + 12 + 10 + 9, kept.size());
        assertTrue(kept.contains(NOW), "the newest is always kept");
        Instant oldest = kept.stream().min(Instant::compareTo).orElseThrow();
        assertTrue(oldest.isBefore(NOW.minus(Duration.ofDays(200))), "monthly backups reach back months: " + oldest);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<Instant> backups = List.of(NOW, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(3)));
        assertEquals(Set.copyOf(backups), BackupThinning.keep(backups, ZoneOffset.UTC));
    }

    @Test
    void onlyTheNewestOfADayIsKeptForOlderDays() {
        List<Instant> backups = List.of(NOW, NOW.minus(Duration.ofHours(25)), NOW.minus(Duration.ofHours(26)));
        Set<Instant> kept = BackupThinning.keep(backups, ZoneOffset.UTC);
        assertEquals(Set.of(NOW, NOW.minus(Duration.ofHours(25))), kept);
    }
}
