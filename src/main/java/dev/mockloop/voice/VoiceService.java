package dev.mockloop.voice;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.Ticker;
import dev.mockloop.settings.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The voice feature between the screens and storage: records rounds (through its
 * {@link #listener()} on the round service), reads recordings back, makes and keeps the
 * talk figures, reads the interviewer's probes aloud, and removes the audio of attempts that
 * are gone. Nothing touches a sound device until a round is begun.
 *
 * <p>Methods that read the disk or the database say so: call them off the UI thread.
 * Database writes it starts itself run on a thread of its own.
 */
public final class VoiceService implements AutoCloseable {

    private final Path dataDir;
    private final RecordingRepository recordings;
    private final SettingsRepository settingsRepository;
    private final Ticker ticker;
    private final Clock clock;
    private final Microphones microphones = new Microphones();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mockloop-voice-io");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<RecorderStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final RoundHook hook;
    private volatile VoiceSettings settings;
    private volatile BooleanSupplier muted = () -> false;
    private volatile RecorderStatus status = RecorderStatus.IDLE;
    private InterviewerVoice interviewer;

    /**
     * Reads the voice settings (disk: call off the UI thread).
     *
     * @param dataDir the data folder; recordings go to {@code recordings/} in it
     * @param ticker  the rounds' monotonic clock
     * @param clock   the wall clock, for when a recording began
     */
    public VoiceService(Path dataDir, RecordingRepository recordings, SettingsRepository settingsRepository,
                        Ticker ticker, Clock clock) {
        this.dataDir = dataDir;
        this.recordings = recordings;
        this.settingsRepository = settingsRepository;
        this.ticker = ticker;
        this.clock = clock;
        this.settings = VoiceSettings.from(settingsRepository.values());
        this.hook = new RoundHook(this);
    }

    /** @return the listener to add to the round service: it records every round */
    public RoundListener listener() {
        return hook;
    }

    /** @param isMuted read at each probe card: the app's mute (Ctrl+M) also silences the interviewer's voice */
    public void muteWith(BooleanSupplier isMuted) {
        this.muted = isMuted;
    }

    /** @return the voice settings now */
    public VoiceSettings settings() {
        return settings;
    }

    /** Applies new settings at once (from the next round for the device) and saves them on the voice's thread. */
    public void saveSettings(VoiceSettings next) {
        settings = next;
        io.execute(() -> {
            try {
                settingsRepository.put(next.toValues());
            } catch (RuntimeException e) {
                System.err.println("Mockloop: voice settings not saved: " + e.getMessage());
            }
        });
    }

    /** @return the system's microphones */
    public Microphones microphones() {
        return microphones;
    }

    /** @return what the recorder of the current round is doing, with a line for the user */
    public RecorderStatus status() {
        return status;
    }

    /** @param listener hears every change of {@link #status()}, on whatever thread it happens; must not block */
    public void addStatusListener(Consumer<RecorderStatus> listener) {
        statusListeners.add(listener);
        listener.accept(status);
    }

    void setStatus(RecorderStatus next) {
        status = next;
        for (Consumer<RecorderStatus> listener : statusListeners) {
            listener.accept(next);
        }
    }

    RoundRecorder newRecorder(String roundId) {
        Path folder = RecordingFolder.of(dataDir, roundId);
        String device = settings.device();
        RoundRecorder recorder = new RoundRecorder(roundId, folder, () -> microphones.open(device), ticker);
        io.execute(() -> recordings.begin(roundId, dataDir.relativize(folder).toString().replace('\\', '/'),
                clock.instant()));
        return recorder;
    }

    synchronized InterviewerVoice interviewer() {
        if (interviewer == null) {
            interviewer = new InterviewerVoice(new FreeTtsSpeaker(), () -> settings.tts() && !muted.getAsBoolean());
        }
        return interviewer;
    }

    /** Runs on the voice's own thread, after what was handed to it before. */
    void later(Runnable work) {
        io.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                System.err.println("Mockloop: " + e.getMessage());
            }
        });
    }

    /** Measures a finished recording and keeps its figures against the saved attempt (disk and database). */
    void keepFigures(String roundId, Attempt attempt) {
        Path folder = RecordingFolder.of(dataDir, roundId);
        try {
            Recording recording = RecordingLoader.load(folder, roundId);
            TalkFigures figures = attempt == null ? null : TalkAnalysis.figures(
                    SpeechTrack.of(recording, RecordingLoader.chunks(folder)), attempt.phases(), attempt.probes());
            recordings.finish(roundId, RecordingFolder.bytes(folder), recording.audibleMs(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException("the recording of round " + roundId + " could not be read", e);
        }
    }

    /** Deletes a round's audio and its row (disk and database). */
    void discard(String roundId) {
        try {
            RecordingFolder.delete(RecordingFolder.of(dataDir, roundId));
        } catch (IOException e) {
            throw new UncheckedIOException("the recording of round " + roundId + " could not be deleted", e);
        }
        recordings.delete(roundId);
    }

    /**
     * Reads an attempt's recording (disk: call off the UI thread).
     *
     * @return the recording, or empty if the round was not recorded
     * @throws VoiceException naming the file if a segment is damaged beyond reading
     */
    public Optional<Recording> recording(Attempt attempt) throws IOException {
        if (attempt.roundId() == null) {
            return Optional.empty();
        }
        Path folder = RecordingFolder.of(dataDir, attempt.roundId());
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Recording recording = RecordingLoader.load(folder, attempt.roundId());
        return recording.isEmpty() ? Optional.empty() : Optional.of(recording);
    }

    /**
     * An attempt's talk figures, kept when it was saved, or made now from its recording (an
     * attempt kept from a crashed round) and kept (disk and database: call off the UI thread).
     *
     * @return the figures, or empty if the round was not recorded
     */
    public Optional<TalkFigures> figures(Attempt attempt) throws IOException {
        if (attempt.roundId() == null) {
            return Optional.empty();
        }
        Optional<TalkFigures> kept = recordings.figures(attempt.roundId());
        if (kept.isPresent()) {
            return kept;
        }
        Optional<Recording> recording = recording(attempt);
        if (recording.isEmpty()) {
            return Optional.empty();
        }
        Path folder = RecordingFolder.of(dataDir, attempt.roundId());
        TalkFigures figures = TalkAnalysis.figures(SpeechTrack.of(recording.get(), RecordingLoader.chunks(folder)),
                attempt.phases(), attempt.probes());
        recordings.begin(attempt.roundId(), dataDir.relativize(folder).toString().replace('\\', '/'), clock.instant());
        recordings.finish(attempt.roundId(), recording.get().bytes(), recording.get().audibleMs(), figures);
        return Optional.of(figures);
    }

    /** @return talk figures of every attempt in the stats, oldest first (database: off the UI thread) */
    public List<RecordingRepository.ProgressPoint> progress() {
        return recordings.progress();
    }

    /** @return bytes of audio kept for saved attempts (database: off the UI thread) */
    public long savedAudioBytes() {
        return recordings.savedBytes();
    }

    /** @return the folder holding every recording, for backups and exports that include audio */
    public Path recordingsRoot() {
        return RecordingFolder.root(dataDir);
    }

    /**
     * Deletes the audio no attempt refers to any more: attempts deleted (run it only when
     * their undo is no longer possible: at start and at exit), rounds abandoned, crashed
     * rounds discarded. Disk and database: call off the UI thread.
     *
     * @param keep round ids whose audio stays whatever (the autosaved round, the round running)
     * @return how many recordings were deleted
     */
    public int sweep(Set<String> keep) {
        Set<String> keepAll = new HashSet<>(keep);
        String running = hook.currentRoundId();
        if (running != null) {
            keepAll.add(running);
        }
        int deleted = 0;
        for (String roundId : recordings.orphans(keepAll)) {
            discard(roundId);
            deleted++;
        }
        // Folders with no row (the row's write was lost with the process): the same rule.
        Path root = RecordingFolder.root(dataDir);
        if (Files.isDirectory(root)) {
            try (Stream<Path> folders = Files.list(root)) {
                for (Path folder : folders.toList()) {
                    String id = folder.getFileName().toString();
                    if (!keepAll.contains(id) && recordings.folder(id).isEmpty() && !recordings.hasAttempt(id)) {
                        RecordingFolder.delete(folder);
                        deleted++;
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("Mockloop: old recordings could not all be removed: " + e.getMessage());
            }
        }
        return deleted;
    }

    /** Ends the current round's recording (its last chunk reaches the disk) and stops the voice's threads. */
    @Override
    public void close() {
        hook.closeRecorder();
        synchronized (this) {
            if (interviewer != null) {
                interviewer.close();
            }
        }
        io.shutdown();
        try {
            io.awaitTermination(12, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
