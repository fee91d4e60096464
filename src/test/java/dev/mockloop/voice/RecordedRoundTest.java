package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockloop.app.AppContext;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round run through the app's round service is recorded, figured, replayable, and its audio goes with it. */
class RecordedRoundTest {

    @TempDir
    Path data;

    private final ManualTicker ticker = new ManualTicker();

    private AppContext open() {
        return AppContext.open(data, Clock.systemUTC(), ticker, Runnable::run, Runnable::run);
    }

    private Attempt recordARound(AppContext context, boolean save) {
        var question = context.library().questions().get(0);
        ActiveRound round = context.rounds().begin(question, null);
        round.start();
        ticker.advanceMillis(4_000);
        round.togglePause();
        ticker.advanceMillis(30_000);
        round.togglePause();
        ticker.advanceMillis(3_000);
        round.finish();
        if (!save) {
            round.abandon();
            return null;
        }
        AtomicReference<Attempt> saved = new AtomicReference<>();
        round.save(new byte[0], true).thenAccept(saved::set);
        return saved.get();
    }

    @Test
    void aSavedRoundKeepsItsRecordingAndFiguresAndDeletingTheAttemptRemovesTheAudioAtTheNextStart() throws Exception {
        assumeTrue(AlsaHarness.available(), "needs the ALSA test harness (Linux, ALSA_CONFIG_PATH set by Surefire)");
        AlsaHarness.feed(TestAudio.concat(TestAudio.speechInRoom(1), TestAudio.room(4_000, -60, 2)));
        Attempt attempt;
        try (AppContext context = open()) {
            attempt = recordARound(context, true);
        }  // closing waits for the recording's last chunk and its figures

        try (AppContext context = open()) {
            Recording recording = context.voice().recording(attempt).orElseThrow();
            assertEquals(2, recording.segments().size(), "one segment before the pause, one after");
            assertEquals(7_000, recording.endMs(), 40, "4 s + 3 s of round time; the pause takes none");
            TalkFigures figures = context.voice().figures(attempt).orElseThrow();
            assertEquals(TestAudio.SPEECH_MS, figures.talkMs(), 300);
            assertEquals(1, context.voice().progress().size());
            assertEquals(figures.talkShare(), context.voice().progress().get(0).talkShare(), 0.01);

            context.review().edits().delete(attempt.id());
        }
        Path folder = RecordingFolder.of(data, attempt.roundId());
        try (AppContext context = open()) {
            assertFalse(Files.exists(folder), "the undo window closed with the app: the audio went with the attempt");
            assertTrue(context.voice().progress().isEmpty());
        }
    }

    @Test
    void anAbandonedRoundLeavesNoAudio() throws Exception {
        assumeTrue(AlsaHarness.available(), "needs the ALSA test harness (Linux, ALSA_CONFIG_PATH set by Surefire)");
        AlsaHarness.feed(TestAudio.speechInRoom(1));
        try (AppContext context = open()) {
            recordARound(context, false);
        }
        assertTrue(!Files.exists(RecordingFolder.root(data)) || Files.list(RecordingFolder.root(data)).findAny().isEmpty());
    }

    @Test
    void withRecordingSwitchedOffTheRoundRunsAndSaysSo() throws Exception {
        try (AppContext context = open()) {
            context.voice().saveSettings(context.voice().settings().withEnabled(false));
            var question = context.library().questions().get(0);
            ActiveRound round = context.rounds().begin(question, null);
            round.start();
            assertEquals(RecorderStatus.State.OFF, context.voice().status().state());
            assertTrue(context.voice().status().message().contains("Settings → Microphone"));
        }
        try (AppContext context = open()) {
            assertFalse(context.voice().settings().enabled(), "the setting was kept");
        }
    }
}
