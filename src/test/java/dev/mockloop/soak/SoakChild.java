package dev.mockloop.soak;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.DraftRepository;
import dev.mockloop.session.ExtendMode;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TestRounds;
import dev.mockloop.session.Ticker;
import dev.mockloop.session.TimerState;
import dev.mockloop.sketch.Point;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The soak's child JVM: plays rounds of random actions on the real database through the
 * real round service (its own save thread), with the disk filling up now and then, until
 * {@code rounds} have ended or it is killed. A round left by a kill is resumed first.
 * Arguments: data folder, seed, speed (round time per real time), rounds.
 *
 * <p>It reports on stdout, one event a line: {@code BEGIN id}, {@code RESUMED id elapsedMs},
 * {@code AT id elapsedMs} each tick, {@code SAVED id attemptId} once an attempt is committed,
 * {@code ABANDONING id} then {@code ABANDONED id}, {@code FULL on|off}, {@code SAVEFAIL id}, {@code AUTOSAVEFAIL id} when an autosave
 * starts failing.
 */
public final class SoakChild {

    private static final long TICK_MS = 20;

    private final Random random;
    private final Database db;
    private final RoundService rounds;
    private final PackLibrary library;
    private final LinkedBlockingQueue<Runnable> roundThread = new LinkedBlockingQueue<>();
    private boolean full;
    private long fullUntil;
    private boolean autosaveFailing;

    private SoakChild(Path dataDir, long seed, double speed) {
        random = new Random(seed);
        DataDirectory.ensureExists(dataDir);
        db = Database.open(DataDirectory.databaseFile(dataDir));
        long origin = System.nanoTime();
        Ticker ticker = () -> (long) ((System.nanoTime() - origin) * speed);
        Clock clock = Clock.systemUTC();
        ExecutorService saves = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mockloop-round");
            t.setDaemon(true);
            return t;
        });
        rounds = new RoundService(new DraftRepository(db, clock), new AttemptRepository(db, clock), ticker, clock, saves,
                roundThread::add);
        library = new PackLibrary(BundledPacks.load(new PackReader()));
    }

    public static void main(String[] args) throws Exception {
        SoakChild child = new SoakChild(Path.of(args[0]), Long.parseLong(args[1]), Double.parseDouble(args[2]));
        child.play(Integer.parseInt(args[3]));
        System.exit(0);
    }

    private void play(int count) throws Exception {
        Optional<RoundDraft> draft = rounds.loadDraft();
        int done = 0;
        if (draft.isPresent()) {
            LibraryQuestion q = library.question(draft.get().packId(), draft.get().questionId()).orElseThrow();
            ActiveRound resumed = rounds.resume(draft.get(), q);
            say("RESUMED " + resumed.roundId() + " " + draft.get().elapsedMs());
            playRound(resumed, true);
            done++;
        }
        for (; done < count; done++) {
            LibraryQuestion q = library.questions().get(random.nextInt(library.questions().size()));
            ActiveRound round = rounds.begin(q, null);
            say("BEGIN " + round.roundId());
            playRound(round, false);
        }
    }

    /** Random actions until the round's time is up, then a score sheet and a save (or, now and then, Abandon). */
    private void playRound(ActiveRound round, boolean resumed) throws Exception {
        long target = 6_000 + random.nextInt(18_000);
        if (!resumed) {
            round.start();
        } else if (round.round().timer().state() == TimerState.PAUSED) {
            round.togglePause();
        }
        List<ScheduledProbe> shown = new ArrayList<>();
        while (round.round().timer().state() != TimerState.FINISHED
                && round.round().timer().snapshot().roundElapsedMs() < target) {
            pump();
            shown.addAll(round.tick());
            act(round, shown);
            diskWeather();
            boolean failing = !round.autosave().failure().isEmpty();
            if (failing && !autosaveFailing) {
                say("AUTOSAVEFAIL " + round.roundId());
            }
            autosaveFailing = failing;
            say("AT " + round.roundId() + " " + round.round().timer().snapshot().roundElapsedMs());
        }
        round.finish();
        if (random.nextInt(10) == 0) {
            say("ABANDONING " + round.roundId());
            CompletionStage<Void> gone = round.abandon();
            if (await(gone)) {
                say("ABANDONED " + round.roundId());
            }
            return;
        }
        round.updateScoreSheet(sheet(round));
        while (true) {
            diskWeather();
            CompletionStage<dev.mockloop.attempt.Attempt> saving = round.save(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, true);
            Object[] saved = new Object[1];
            saving.thenAccept(a -> saved[0] = a);
            if (await(saving)) {
                say("SAVED " + round.roundId() + " " + ((dev.mockloop.attempt.Attempt) saved[0]).id());
                return;
            }
            say("SAVEFAIL " + round.roundId());
            // As a person would: wait a moment, then press Save again.
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                pump();
                diskWeather();
            }
        }
    }

    private void act(ActiveRound round, List<ScheduledProbe> shown) {
        switch (random.nextInt(40)) {
            case 0, 1, 2 -> round.setNotes(round.round().notes() + " note" + random.nextInt(1000));
            case 3, 4 -> round.round().sketch().addStroke("#112233", 2, List.of(
                    new Point(random.nextInt(800), random.nextInt(600)), new Point(random.nextInt(800), random.nextInt(600))));
            case 5 -> round.next();
            case 6 -> {
                round.togglePause();
                round.togglePause();
            }
            case 7 -> round.extend(60_000, random.nextBoolean() ? ExtendMode.ADD_TO_ROUND : ExtendMode.TAKE_FROM_LATER_PHASES);
            case 8 -> round.fireProbe(random.nextInt(Math.max(1, round.round().probes().schedule().size())));
            case 9 -> {
                if (!shown.isEmpty()) {
                    round.acknowledge(shown.remove(0));
                }
            }
            default -> { }
        }
    }

    private ScoreSheet sheet(ActiveRound round) {
        Map<String, Integer> levels = new HashMap<>();
        for (Dimension d : round.round().question().pack().pack().rubric().dimensions()) {
            levels.put(d.id(), 1 + random.nextInt(4));
        }
        return new ScoreSheet(levels, List.of(), Verdict.values()[random.nextInt(Verdict.values().length)],
                "reflection " + random.nextInt(1000));
    }

    /** Now and then the disk fills up for a while (the file cannot grow: SQLITE_FULL), then frees again. */
    private void diskWeather() {
        long now = System.nanoTime();
        if (!full && random.nextInt(400) == 0) {
            TestRounds.diskFull(db, true);
            full = true;
            fullUntil = now + (300 + random.nextInt(1200)) * 1_000_000L;
            say("FULL on");
        } else if (full && now > fullUntil) {
            TestRounds.diskFull(db, false);
            full = false;
            say("FULL off");
        }
    }

    /** Runs what the save thread reported, for one tick. */
    private void pump() throws InterruptedException {
        long end = System.nanoTime() + TICK_MS * 1_000_000L;
        for (long left = TICK_MS; left > 0; left = (end - System.nanoTime()) / 1_000_000L) {
            Runnable r = roundThread.poll(left, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
    }

    /** @return whether the stage completed normally; the round thread keeps running meanwhile */
    private boolean await(CompletionStage<?> stage) throws InterruptedException {
        var future = stage.toCompletableFuture();
        while (!future.isDone()) {
            pump();
        }
        return !future.isCompletedExceptionally();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
