package dev.mockloop.ui.shell;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.coach.CoachService;
import dev.mockloop.attempt.PhaseStatsRepository;
import dev.mockloop.framework.FrameworkRepository;
import dev.mockloop.interview.InterviewKit;
import dev.mockloop.session.RoundService;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.review.ReviewStore;
import dev.mockloop.storage.BackupService;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.RestoreAction;
import dev.mockloop.ui.session.CuePlayer;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.session.Ticker;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.packs.PackFileChooser;
import dev.mockloop.voice.VoiceService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the screens need, built once by the composition root.
 *
 * @param packStore   the imported packs folder
 * @param attempts    saved attempts
 * @param rounds      begins, autosaves, saves and recovers rounds
 * @param phaseStats  pacing statistics across attempts
 * @param frameworks  the user's own frameworks
 * @param settings    the user's settings
 * @param cuePlayer   plays the timer's cue sounds
 * @param backups     backups and the database check
 * @param restore     replaces the database with a backup (the app reopens everything)
 * @param tasks       runs disk work off the UI thread
 * @param ticker      monotonic time for round timers
 * @param clock       wall-clock time for attempt stamps and dates (its zone formats dates)
 * @param packChooser asks for a pack file to import
 * @param random      picks for "Surprise me"
 * @param packs       imports, updates, removes and exports packs
 * @param openFolder  shows a folder in the platform's file manager
 * @param review      history, progress, edits, practice advice and exports
 * @param files       asks where to export and what to restore
 * @param coach       the offline coach: its results for a round
 * @param interview   interviewer mode: invitations, the interviewer's server and their sheets
 * @param voice       the round's recording, its replay and talk figures, the interviewer's voice
 *                    (these three are made after the first frame, or when first asked for)
 * @param slowTasks   runs network and other unbounded work (downloads, reading packs), never
 *                    on the database's thread ({@code tasks})
 */
public record ShellServices(PackStore packStore, AttemptRepository attempts, RoundService rounds,
                            PhaseStatsRepository phaseStats,
                            FrameworkRepository frameworks, SettingsRepository settings, CuePlayer cuePlayer,
                            BackupService backups, RestoreAction restore,
                            TaskRunner tasks, Ticker ticker,
                            Clock clock, PackFileChooser packChooser, Random random, Packs packs,
                            Consumer<Path> openFolder, ReviewStore review, FileDialogs files,
                            Supplier<CoachService> coach, Supplier<InterviewKit> interview,
                            Supplier<VoiceService> voice, TaskRunner slowTasks) {

    /** The services with one runner for everything: for tests that run work in line ({@code DirectTaskRunner}). */
    public ShellServices(PackStore packStore, AttemptRepository attempts, RoundService rounds,
                         PhaseStatsRepository phaseStats,
                         FrameworkRepository frameworks, SettingsRepository settings, CuePlayer cuePlayer,
                         BackupService backups, RestoreAction restore,
                         TaskRunner tasks, Ticker ticker,
                         Clock clock, PackFileChooser packChooser, Random random, Packs packs,
                         Consumer<Path> openFolder, ReviewStore review, FileDialogs files,
                         Supplier<CoachService> coach, Supplier<InterviewKit> interview,
                         Supplier<VoiceService> voice) {
        this(packStore, attempts, rounds, phaseStats, frameworks, settings, cuePlayer, backups, restore, tasks, ticker,
                clock, packChooser, random, packs, openFolder, review, files, coach, interview, voice, tasks);
    }
}
