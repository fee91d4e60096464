package dev.mockloop.app;

import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.CoverageRepository;
import dev.mockloop.coach.minilm.MiniLmEncoder;
import dev.mockloop.interview.InterviewKit;
import dev.mockloop.interview.InterviewService;
import dev.mockloop.interview.InterviewSettings;
import dev.mockloop.interview.InterviewerSheetRepository;
import dev.mockloop.interview.LanAddress;
import dev.mockloop.interview.ThreadScheduler;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.Ticker;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.voice.RecordingRepository;
import dev.mockloop.voice.VoiceService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The features that hang off every round, made in one place: the offline coach, the voice
 * (recording, replay, talk figures) and interviewer mode. {@link AppContext} makes them after
 * the first frame and passes them every round's events ({@link #listeners()}). None of them
 * does slow work here (reading the settings aside, one query): the coach's model loads on its
 * own thread when the first round opens, no sound device is touched until a round begins, and
 * the interviewer's server starts only when the candidate invites someone.
 */
final class RoundFeatures implements AutoCloseable {

    private final Database database;
    private final Supplier<Set<String>> keptRounds;
    private final ExecutorService coachThread = CoachService.ownThread();
    private final CoachService coach;
    private final VoiceService voice;
    private final ThreadScheduler interviewThread = new ThreadScheduler();
    private final InterviewerSheetRepository interviewers;
    private final InterviewService interview;
    private final InterviewSettings interviewSettings;

    /**
     * @param dataDir     the data folder: the coach's native libraries and the recordings live in it
     * @param roundThread where round results are reported (the UI thread in the app)
     * @param keptRounds  the rounds whose audio stays whatever (the autosaved one)
     */
    RoundFeatures(Path dataDir, Database database, SettingsRepository settingsRepository,
                  Clock clock, Ticker ticker, Executor roundThread, Supplier<Set<String>> keptRounds) {
        this.database = database;
        this.keptRounds = keptRounds;
        Map<String, String> values = settingsRepository.values();
        // A class reference in a lambda is resolved when it first runs: the model stays unloaded here.
        this.coach = new CoachService(() -> MiniLmEncoder.load(dataDir.resolve("coach")),
                new CoverageRepository(database, clock),
                CoachSettings.from(values), coachThread);
        this.voice = new VoiceService(dataDir, new RecordingRepository(database), settingsRepository, ticker, clock);
        this.interviewers = new InterviewerSheetRepository(database);
        this.interview = new InterviewService(roundThread, interviewThread, interviewers, clock, ticker,
                new SecureRandom(), LanAddress::find);
        this.interviewSettings = InterviewSettings.from(values);
    }

    /** @return who hears every round: the coach, the recorder, the interviewer's page */
    List<RoundListener> listeners() {
        return List.of(coach, voice.listener(), interview);
    }

    /**
     * Removes the audio left by attempts deleted last time (their undo is gone now), abandoned
     * rounds and discarded drafts: disk work, so never on the UI thread. Nothing when the data
     * is read-only.
     */
    void sweep() {
        if (database.readOnlyReason().isEmpty()) {
            voice.sweep(keptRounds.get());
        }
    }

    CoachService coach() {
        return coach;
    }

    VoiceService voice() {
        return voice;
    }

    InterviewKit interview() {
        return new InterviewKit(interview, interviewers, interviewSettings);
    }

    /**
     * Expires the interviewer's link (an unsubmitted sheet is kept as a draft) and stops its
     * server, ends the recording (its last chunk reaches the disk) and removes the audio of
     * attempts deleted in this run, then lets the coach finish storing a result (up to 5 s).
     */
    @Override
    public void close() {
        interview.close();
        interviewThread.close();
        try {
            sweep();
        } catch (RuntimeException e) {
            System.err.println("Mockloop: old recordings not removed: " + e.getMessage());
        }
        voice.close();
        coachThread.shutdown();
        try {
            coachThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
