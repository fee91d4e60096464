package dev.mockloop.ui.common;

/** Formats durations the way the timer shows them. */
public final class TimeText {

    private TimeText() {
    }

    /**
     * A countdown: whole seconds left, rounded up so "0:00" means the time is really up;
     * past zero it shows the overtime with a plus sign, e.g. {@code +1:23}.
     *
     * @param remainingMs time left in ms; negative in overtime
     */
    public static String countdown(long remainingMs) {
        if (remainingMs >= 0) {
            return clock((remainingMs + 999) / 1000);
        }
        return "+" + clock(-remainingMs / 1000);
    }

    /** @param elapsedMs a duration in ms; shown as {@code m:ss}, or {@code h:mm:ss} from an hour */
    public static String duration(long elapsedMs) {
        return clock(Math.max(0, elapsedMs) / 1000);
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
