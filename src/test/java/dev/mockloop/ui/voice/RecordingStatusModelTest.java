package dev.mockloop.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.voice.RecorderReports;
import dev.mockloop.voice.RecorderStatus;
import dev.mockloop.voice.RecorderStatus.State;
import dev.mockloop.voice.RecordingRepository;
import dev.mockloop.voice.VoiceService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session screen's recording line and indicator: blank and lit while recording, the
 * recorder's own words when nothing is recorded, and every change applied on the UI thread.
 * Statuses a microphone would cause are reported as the recorder reports them
 * ({@link RecorderReports}), so no sound device is needed.
 */
class RecordingStatusModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String NO_MICROPHONE = "No microphone found, so nothing is being recorded. Plug one in or"
            + " switch it on, then pick it under Settings → Microphone; the next round will record.";

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private Database db;
    private VoiceService voice;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        voice = new VoiceService(dir, new RecordingRepository(db), new SettingsRepository(db), ticker, CLOCK);
    }

    @AfterEach
    void close() {
        voice.close();
        db.close();
    }

    private void report(State state, String message) {
        RecorderReports.report(voice, new RecorderStatus(state, message));
    }

    @Test
    void beforeAnyRoundThereIsNothingToSay() {
        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);

        assertEquals("", model.problemProperty().get());
        assertFalse(model.recordingProperty().get());
    }

    @Test
    void whileRecordingTheLineIsBlankAndTheIndicatorIsOn() {
        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);

        report(State.RECORDING, "Recording from Test microphone.");

        assertEquals("", model.problemProperty().get(), "all is well: nothing to read");
        assertTrue(model.recordingProperty().get());
    }

    @Test
    void withNoMicrophoneTheLineSaysWhyAndHowToFixIt() {
        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);

        report(State.UNAVAILABLE, NO_MICROPHONE);

        assertEquals(NO_MICROPHONE, model.problemProperty().get());
        assertFalse(model.recordingProperty().get());
    }

    @Test
    void withRecordingSwitchedOffARoundSaysItIsNotRecorded() {
        voice.updateSettings(s -> s.withEnabled(false));
        RoundService rounds = TestRounds.inLine(db, ticker, CLOCK);
        rounds.addListener(voice.listener());
        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);

        rounds.begin(new PackLibrary(BundledPacks.load(new PackReader())).questions().get(0), null);

        assertEquals(RecorderStatus.OFF.message(), model.problemProperty().get());
        assertTrue(model.problemProperty().get().contains("Settings → Microphone"), "it says where to switch it on");
        assertFalse(model.recordingProperty().get());
    }

    @Test
    void aRecordingThatFailsMidRoundSaysSoAndTheIndicatorGoesOut() {
        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);
        report(State.RECORDING, "Recording from Test microphone.");

        report(State.FAILED, "The microphone stopped sending sound (unplugged?), so the rest of this round is not"
                + " recorded; what came before is kept.");

        assertTrue(model.problemProperty().get().startsWith("The microphone stopped sending sound"));
        assertFalse(model.recordingProperty().get());
    }

    @Test
    void pausedAndStoppedAreNoProblemAndThePreviousProblemGoes() {
        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);
        report(State.UNAVAILABLE, NO_MICROPHONE);

        report(State.PAUSED, "Paused: the recording waits too.");
        assertEquals("", model.problemProperty().get(), "the user's own pause needs no explanation");
        assertFalse(model.recordingProperty().get(), "the indicator is off while paused");

        report(State.RECORDING, "Recording from Test microphone.");
        report(State.STOPPED, "The round's recording is complete.");
        assertEquals("", model.problemProperty().get());
        assertFalse(model.recordingProperty().get());
    }

    @Test
    void aModelMadeMidRoundShowsTheStatusAlreadyReported() {
        report(State.UNAVAILABLE, NO_MICROPHONE);

        RecordingStatusModel model = new RecordingStatusModel(voice, Runnable::run);

        assertEquals(NO_MICROPHONE, model.problemProperty().get(), "the session screen opened after the recorder spoke");
    }

    @Test
    void changesFromTheRecordersThreadAreAppliedOnlyThroughTheUiThread() throws InterruptedException {
        Queue<Runnable> uiQueue = new ArrayDeque<>();
        Executor uiThread = uiQueue::add;
        RecordingStatusModel model = new RecordingStatusModel(voice, uiThread);
        drain(uiQueue);  // the status at the time it was made: idle
        List<String> changedOn = new ArrayList<>();
        model.recordingProperty().addListener((o, was, now) -> changedOn.add(Thread.currentThread().getName()));

        Thread recorder = new Thread(() -> {
            report(State.RECORDING, "Recording from Test microphone.");
            report(State.UNAVAILABLE, NO_MICROPHONE);
            report(State.RECORDING, "Recording from Test microphone.");
        }, "test-recorder");
        recorder.start();
        recorder.join();

        assertFalse(model.recordingProperty().get(), "nothing changes off the UI thread");
        assertEquals("", model.problemProperty().get());
        assertEquals(3, uiQueue.size());

        uiQueue.poll().run();
        assertTrue(model.recordingProperty().get());
        uiQueue.poll().run();
        assertEquals(NO_MICROPHONE, model.problemProperty().get(), "applied in the order they were reported");
        assertFalse(model.recordingProperty().get());
        uiQueue.poll().run();
        assertTrue(model.recordingProperty().get());
        assertEquals("", model.problemProperty().get());
        String ui = Thread.currentThread().getName();
        assertEquals(List.of(ui, ui, ui), changedOn, "every change on the thread that drains the queue");
    }

    private static void drain(Queue<Runnable> queue) {
        Runnable next;
        while ((next = queue.poll()) != null) {
            next.run();
        }
    }
}
