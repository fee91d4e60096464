package dev.mockloop.voice;

/**
 * Tells speech from silence, frame by frame, with an energy threshold and hysteresis: the
 * two-threshold scheme of Rabiner and Sambur ("An algorithm for determining the endpoints of
 * isolated utterances", Bell System Technical Journal 54(2), 1975) over an adaptive noise
 * floor, the quietest frame of the last {@value #FLOOR_WINDOW_FRAMES} frames (3 s), after
 * Martin's minimum statistics (IEEE Trans. Speech and Audio Processing 9(5), 2001).
 *
 * <ul>
 *   <li>frame energy: 10 log10 of the mean square sample over full scale, dBFS, of a 20 ms frame;</li>
 *   <li>speech starts when a frame is {@value #START_DB} dB above the floor and above
 *       {@value #START_ABSOLUTE_DBFS} dBFS;</li>
 *   <li>it goes on while frames stay {@value #STAY_DB} dB above the floor and above
 *       {@value #STAY_ABSOLUTE_DBFS} dBFS, and for {@value #HANGOVER_FRAMES} frames (200 ms)
 *       after they fall below, so the gaps between words do not split a sentence.</li>
 * </ul>
 * Spurts shorter than {@link TalkFigures#MIN_SPURT_MS} (a cough, a click) are dropped later,
 * when the figures are made. Not thread-safe.
 */
public final class SpeechDetector {

    /** Onset margin above the noise floor, dB. */
    public static final double START_DB = 12;
    /** Margin above the floor that keeps speech going, dB. */
    public static final double STAY_DB = 6;
    /** No onset below this level, dBFS: a quiet room is not speech however low its floor. */
    public static final double START_ABSOLUTE_DBFS = -50;
    /** Speech ends below this level whatever the floor, dBFS. */
    public static final double STAY_ABSOLUTE_DBFS = -55;
    /** Frames speech lasts after the level drops. */
    public static final int HANGOVER_FRAMES = 10;
    /** Frames over which the noise floor is the minimum. */
    public static final int FLOOR_WINDOW_FRAMES = 150;
    /** Energy of digital silence, dBFS. */
    public static final double SILENCE_DBFS = -100;

    private final double[] recent = new double[FLOOR_WINDOW_FRAMES];
    private int seen;
    private boolean speaking;
    private int hangover;
    private double lastDb = SILENCE_DBFS;

    /**
     * @param pcm    samples
     * @param offset first sample of the frame
     * @param length samples in the frame, usually {@link AudioSpec#FRAME_SAMPLES}
     * @return whether the frame is speech
     */
    public boolean isSpeech(short[] pcm, int offset, int length) {
        double db = energyDbfs(pcm, offset, length);
        lastDb = db;
        recent[seen % FLOOR_WINDOW_FRAMES] = db;
        seen++;
        double floor = floor();
        boolean loud = db > floor + START_DB && db > START_ABSOLUTE_DBFS;
        boolean sustained = db > floor + STAY_DB && db > STAY_ABSOLUTE_DBFS;
        if (!speaking) {
            if (loud) {
                speaking = true;
                hangover = HANGOVER_FRAMES;
            }
        } else if (sustained) {
            hangover = HANGOVER_FRAMES;
        } else if (--hangover <= 0) {
            speaking = false;
        }
        return speaking;
    }

    /** @return the last frame's energy, dBFS ({@value #SILENCE_DBFS} for digital silence) */
    public double lastLevelDbfs() {
        return lastDb;
    }

    private double floor() {
        double min = 0;
        int n = Math.min(seen, FLOOR_WINDOW_FRAMES);
        for (int i = 0; i < n; i++) {
            min = Math.min(min, recent[i]);
        }
        return min;
    }

    /** @return the frame's energy, dBFS, never below {@value #SILENCE_DBFS} */
    public static double energyDbfs(short[] pcm, int offset, int length) {
        if (length <= 0) {
            return SILENCE_DBFS;
        }
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            double x = pcm[i] / 32768.0;
            sum += x * x;
        }
        double mean = sum / length;
        return mean <= 1e-10 ? SILENCE_DBFS : Math.max(SILENCE_DBFS, 10 * Math.log10(mean));
    }
}
