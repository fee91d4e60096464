package dev.mockloop.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: every backup of the last 24 hours (the likeliest to be wanted
 * back after a mistake), then, as Anki does, going from the newest, the newest backup of
 * each of {@value #DAILY} more days, then of each of {@value #WEEKLY} weeks, then of each
 * of {@value #MONTHLY} months. Source of the limits: Anki's default backup limits (daily 12,
 * weekly 10, monthly 9; rslib/src/collection/backup.rs).
 */
public final class BackupThinning {

    public static final int DAILY = 12;
    public static final int WEEKLY = 10;
    public static final int MONTHLY = 9;

    private BackupThinning() {
    }

    /**
     * @param backups when each backup was taken
     * @param now     the present, for the last 24 hours
     * @param zone    the zone whose days, weeks and months count
     * @return the ones to keep, newest first
     */
    public static Set<Instant> keep(List<Instant> backups, Instant now, ZoneId zone) {
        Instant dayAgo = now.minus(java.time.Duration.ofHours(24));
        List<Instant> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> kept = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        Set<String> months = new HashSet<>();
        int daily = 0;
        int weekly = 0;
        int monthly = 0;
        for (Instant taken : newestFirst) {
            LocalDate day = taken.atZone(zone).toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            String month = day.getYear() + "-" + day.getMonthValue();
            boolean keep = false;
            if (kept.isEmpty() || taken.isAfter(dayAgo)) {
                keep = true;
            } else if (!days.contains(day) && daily < DAILY) {
                keep = true;
                daily++;
            } else if (!weeks.contains(week) && weekly < WEEKLY) {
                keep = true;
                weekly++;
            } else if (!months.contains(month) && monthly < MONTHLY) {
                keep = true;
                monthly++;
            }
            if (keep) {
                kept.add(taken);
                days.add(day);
                weeks.add(week);
                months.add(month);
            }
        }
        return kept;
    }
}
