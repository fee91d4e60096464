package dev.mockloop.soak;

import dev.mockloop.pack.PackFixtures;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak (issue 15, item 10): rounds of random actions in a child JVM ({@link SoakChild})
 * against one real data folder, the child killed with SIGKILL at random moments and started
 * again (it resumes the autosaved round), the disk filling up now and then inside it, and
 * real command-line imports ({@code Mockloop import}, each its own JVM) running alongside.
 * Afterwards SQLite's integrity check must pass and every attempt the child reported saved
 * must be in the database.
 *
 * <p>Lost work is measured in round time: at each kill, how far the round had got (the
 * child's last {@code AT} line) minus where its resumed draft stands. Kills while the disk
 * was full, or less than a second after it freed, are counted apart: the autosave cannot
 * write then, by design, and says so on screen.
 */
public final class Soak {

    /**
     * The figures.
     *
     * @param rounds            rounds that ended (saved or abandoned)
     * @param kills             SIGKILLs of the child
     * @param saved             attempts the child reported saved
     * @param lostAttempts      of those, attempts missing from the database afterwards (goal 0)
     * @param maxLostMs         most round time lost at a kill with a healthy disk, in ms (goal at most 5000)
     * @param maxLostMsDiskFull most round time lost at a kill while the disk was full, in ms
     * @param diskFulls         times the disk filled up
     * @param saveFailures      attempt saves refused by a full disk (and tried again)
 * @param autosaveFailures  times autosave started failing on a full disk (and was shown as failing)
     * @param imports           command-line imports that succeeded
     * @param importFailures    command-line imports that failed
     * @param integrity         what SQLite's integrity_check found afterwards (empty: sound)
     */
    public record Result(int rounds, int kills, int saved, int lostAttempts, long maxLostMs, long maxLostMsDiskFull,
                         int diskFulls, int saveFailures, int autosaveFailures, int imports, int importFailures, List<String> integrity) {
    }

    private final Path dataDir;
    private final Random random;
    private final double speed;
    private final long meanKillMs;
    private final Set<String> reportedSaved = new HashSet<>();
    /** Rounds that had no draft when the child was killed: lost entirely unless their attempt got in. */
    private final List<long[]> unresolved = new ArrayList<>();
    private final List<String> unresolvedIds = new ArrayList<>();
    private int ended;
    private int kills;
    private int diskFulls;
    private int saveFailures;
    private int autosaveFailures;
    private long maxLost;
    private long maxLostFull;

    // The child now.
    private String current;
    private long lastAt;
    private boolean full;
    private long fullFreedAt;
    // The kill before this child, waiting to be matched with its RESUMED or BEGIN line.
    private String killedRound;
    private long killedAt;
    private boolean killedWhileFull;

    private Soak(Path dataDir, long seed, double speed, long meanKillMs) {
        this.dataDir = dataDir;
        this.random = new Random(seed);
        this.speed = speed;
        this.meanKillMs = meanKillMs;
    }

    /**
     * @param dataDir    an empty folder for the data
     * @param rounds     rounds to play
     * @param seed       seeds the child's actions and the kill times
     * @param speed      round time per real time in the child (4: a 20 s round takes 5 s)
     * @param meanKillMs mean real time between kills, in ms
     * @param imports    whether command-line imports run alongside
     */
    public static Result run(Path dataDir, int rounds, long seed, double speed, long meanKillMs, boolean imports)
            throws Exception {
        return new Soak(dataDir, seed, speed, meanKillMs).play(rounds, imports);
    }

    private Result play(int rounds, boolean imports) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger importsDone = new AtomicInteger();
        AtomicInteger importsFailed = new AtomicInteger();
        Thread importer = new Thread(() -> importLoop(stop, importsDone, importsFailed), "soak-imports");
        if (imports) {
            importer.start();
        }
        try {
            for (int child = 0; ended < rounds; child++) {
                runChild(rounds - ended, child);
            }
        } finally {
            stop.set(true);
            importer.join(120_000);
        }
        return check(importsDone.get(), importsFailed.get());
    }

    /** One child JVM: started, read, and killed at a random moment (or left to finish). */
    private void runChild(int roundsLeft, int number) throws Exception {
        Process child = java(SoakChild.class.getName(), dataDir.toString(), Long.toString(random.nextLong()),
                Double.toString(speed), Integer.toString(roundsLeft)).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the child died; what it wrote before is in the queue
            } finally {
                lines.add("EOF");
            }
        }, "soak-reader-" + number);
        reader.start();
        // The kill is timed from the child's first round event, not its start: on a loaded machine a
        // JVM can take longer to start than the time between kills, and the soak would never advance.
        long killAfter = (long) ((0.4 + 1.2 * random.nextDouble()) * meanKillMs * 1_000_000L);
        long killAt = Long.MAX_VALUE;
        boolean killed = false;
        while (true) {
            long wait = killAt == Long.MAX_VALUE ? 600_000 : Math.max(1, (killAt - System.nanoTime()) / 1_000_000L);
            String line = lines.poll(wait, TimeUnit.MILLISECONDS);
            if (line != null && killAt == Long.MAX_VALUE && !killed
                    && (line.startsWith("BEGIN ") || line.startsWith("RESUMED "))) {
                killAt = System.nanoTime() + killAfter;
            }
            if (line == null) {
                if (killAt == Long.MAX_VALUE) {
                    throw new IllegalStateException("the soak's child said nothing for 10 minutes");
                }
                child.destroyForcibly();  // SIGKILL on Linux and macOS
                child.waitFor(30, TimeUnit.SECONDS);
                killed = true;
                kills++;
                killAt = Long.MAX_VALUE;
                continue;
            }
            if (line.equals("EOF")) {
                break;
            }
            handle(line);
        }
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join();
        if (killed) {
            killedRound = current;
            killedAt = lastAt;
            killedWhileFull = full || System.nanoTime() - fullFreedAt < 1_000_000_000L;
        } else {
            killedRound = null;
        }
        current = null;
        full = false;
    }

    private void handle(String line) {
        String[] f = line.split(" ");
        switch (f[0]) {
            case "BEGIN" -> {
                if (killedRound != null) {
                    unresolved.add(new long[] {killedAt, killedWhileFull ? 1 : 0});
                    unresolvedIds.add(killedRound);
                    killedRound = null;
                }
                current = f[1];
                lastAt = 0;
            }
            case "RESUMED" -> {
                long resumedAt = Long.parseLong(f[2]);
                if (killedRound != null) {
                    long lost = f[1].equals(killedRound) ? Math.max(0, killedAt - resumedAt) : killedAt;
                    record(lost, killedWhileFull);
                    killedRound = null;
                }
                current = f[1];
                lastAt = resumedAt;
            }
            case "AT" -> lastAt = Long.parseLong(f[2]);
            case "SAVED" -> {
                reportedSaved.add(f[1]);
                ended++;
                current = null;
            }
            case "ABANDONED" -> {
                ended++;
                current = null;
            }
            case "ABANDONING" -> current = null;  // thrown away on purpose: nothing to lose
            case "SAVEFAIL" -> saveFailures++;
            case "AUTOSAVEFAIL" -> autosaveFailures++;
            case "FULL" -> {
                full = f[1].equals("on");
                if (full) {
                    diskFulls++;
                } else {
                    fullFreedAt = System.nanoTime();
                }
            }
            default -> System.err.println("soak child: " + line);
        }
    }

    private void record(long lost, boolean diskFull) {
        if (diskFull) {
            maxLostFull = Math.max(maxLostFull, lost);
        } else {
            maxLost = Math.max(maxLost, lost);
        }
    }

    /** Real `Mockloop import` runs, each a JVM of its own, one after another, each a newer version of one pack. */
    private void importLoop(AtomicBoolean stop, AtomicInteger done, AtomicInteger failed) {
        for (int n = 1; !stop.get(); n++) {
            try {
                Path pack = Files.writeString(dataDir.resolveSibling("soak-pack-" + n + ".json"),
                        PackFixtures.version("1." + n + ".0"));
                ProcessBuilder cli = java("dev.mockloop.app.Main", "import", pack.toString());
                cli.environment().put(DataDirectory.HOME_VARIABLE, dataDir.toString());
                Process p = cli.redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() == 0) {
                    done.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    System.err.println("soak import " + n + " failed:\n" + out);
                }
                // One every second or so: enough to overlap autosaves, not so many JVMs that the child starves.
                for (int ms = 0; ms < 1000 && !stop.get(); ms += 50) {
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                failed.incrementAndGet();
            }
        }
    }

    private Result check(int imports, int importFailures) {
        try (Database db = Database.open(DataDirectory.databaseFile(dataDir))) {
            Set<String> inDatabase = db.read(c -> {
                Set<String> ids = new HashSet<>();
                try (PreparedStatement s = c.prepareStatement("SELECT round_id FROM attempts");
                     ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
                return ids;
            });
            for (int i = 0; i < unresolved.size(); i++) {
                // No draft after the kill: the round's save committed (then nothing was lost), or it was lost whole.
                if (!inDatabase.contains(unresolvedIds.get(i))) {
                    record(unresolved.get(i)[0], unresolved.get(i)[1] == 1);
                }
            }
            int lost = (int) reportedSaved.stream().filter(id -> !inDatabase.contains(id)).count();
            return new Result(ended, kills, reportedSaved.size(), lost, maxLost, maxLostFull, diskFulls, saveFailures,
                    autosaveFailures, imports, importFailures, db.integrityCheck());
        }
    }

    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}
