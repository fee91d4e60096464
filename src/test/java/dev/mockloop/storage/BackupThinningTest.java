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
    void aYearOfHalfHourlyBackupsKeepsTheLastDayThenTwelveDailyTenWeeklyNineMonthly() {
        List<Instant> backups = new ArrayList<>();
        for (Instant t = NOW.minus(Duration.ofDays(365)); !t.isAfter(NOW); t = t.plus(Duration.ofMinutes(30))) {
            backups.add(t);
        }

        Set<Instant> kept = BackupThinning.keep(backups, NOW, ZoneOffset.UTC);

        assertEquals(48 + 12 + 10 + 9, kept.size(), "48 half-hours of the last day, then the thinned ones");
        assertTrue(kept.contains(NOW), "the newest is always kept");
        Instant oldest = kept.stream().min(Instant::compareTo).orElseThrow();
        assertTrue(oldest.isBefore(NOW.minus(Duration.ofDays(200))), "monthly backups reach back months: " + oldest);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<Instant> backups = List.of(NOW, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(3)));
        assertEquals(Set.copyOf(backups), BackupThinning.keep(backups, NOW, ZoneOffset.UTC));
    }

    @Test
    void onlyTheNewestOfADayIsKeptForDaysBeforeTheLast24Hours() {
        List<Instant> backups = List.of(NOW, NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(40)),
                NOW.minus(Duration.ofHours(41)));
        Set<Instant> kept = BackupThinning.keep(backups, NOW, ZoneOffset.UTC);
        assertEquals(Set.of(NOW, NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(40))), kept);
    }
}
