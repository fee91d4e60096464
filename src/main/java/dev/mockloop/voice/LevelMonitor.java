package dev.mockloop.voice;

/**
 * A live level meter for the settings screen: opens a microphone and keeps reading it on a
 * thread of its own, so a silent or wrong microphone is caught before the round. Nothing is
 * written anywhere.
 */
public final class LevelMonitor implements AutoCloseable {

    private final Microphones microphones;
    private volatile double levelDbfs = SpeechDetector.SILENCE_DBFS;
    private volatile String problem = "";
    private volatile String device = "";
    private volatile boolean running;
    private Thread thread;

    public LevelMonitor(Microphones microphones) {
        this.microphones = microphones;
    }

    /**
     * Starts metering the named device (blank: the system's default), stopping any earlier one.
     * Returns at once; the device is opened on the meter's thread.
     */
    public synchronized void start(String name) {
        close();
        running = true;
        problem = "";
        thread = new Thread(() -> run(name), "mockloop-level-meter");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(String name) {
        PcmSource source;
        try {
            source = microphones.open(name);
        } catch (MicrophoneException e) {
            problem = e.getMessage();
            running = false;
            return;
        }
        device = source.name();
        short[] frame = new short[AudioSpec.FRAME_SAMPLES];
        try {
            source.start();
            while (running) {
                long before = System.nanoTime();
                int n = source.read(frame, 0, frame.length);
                if (n <= 0) {
                    problem = "The microphone stopped sending sound (unplugged?).";
                    break;
                }
                levelDbfs = SpeechDetector.energyDbfs(frame, 0, n);
                // A real microphone paces this loop (a frame takes 20 ms to arrive); one that
                // delivers at once is read 50 times a second all the same.
                if (System.nanoTime() - before < 5_000_000L) {
                    Thread.sleep(AudioSpec.FRAME_MS);
                }
            }
        } catch (java.io.IOException e) {
            problem = "The microphone failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
            levelDbfs = SpeechDetector.SILENCE_DBFS;
        }
    }

    /** @return the level of the last 20 ms, dBFS ({@value SpeechDetector#SILENCE_DBFS} when silent or stopped) */
    public double levelDbfs() {
        return levelDbfs;
    }

    /** @return the level on a meter's scale, 0 at -60 dBFS or below, 1 at full scale */
    public double meter() {
        return Math.max(0, Math.min(1, (levelDbfs + 60) / 60));
    }

    /** @return why it cannot meter (no microphone, refused), or blank */
    public String problem() {
        return problem;
    }

    /** @return the device being metered, as the system names it; blank before it opened */
    public String device() {
        return device;
    }

    /** Stops metering and releases the device. */
    @Override
    public synchronized void close() {
        running = false;
        Thread t = thread;
        thread = null;
        if (t != null) {
            try {
                t.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
