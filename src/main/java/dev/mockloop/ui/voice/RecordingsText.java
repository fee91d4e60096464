package dev.mockloop.ui.voice;

import java.util.Locale;

/** How sizes of audio are written on screen: megabytes of 1,000,000 bytes, one decimal ("12.4 MB"). */
public final class RecordingsText {

    private RecordingsText() {
    }

    /** @return e.g. "12.4 MB"; "0.1 MB" for anything above zero but smaller */
    public static String mb(long bytes) {
        double mb = bytes / 1_000_000.0;
        return String.format(Locale.ROOT, "%.1f MB", bytes > 0 && mb < 0.1 ? 0.1 : mb);
    }

    /** @return e.g. "12.4 MB, 3 rounds" or "0.4 MB, 1 round" */
    public static String sizeAndRounds(long bytes, int rounds) {
        return mb(bytes) + ", " + rounds + (rounds == 1 ? " round" : " rounds");
    }
}
