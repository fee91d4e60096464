package dev.mockloop.attempt;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.FailureMode;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.Probe;
import dev.mockloop.review.QuestionCatalogRepository;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a database with realistic attempts at the bundled questions, for benchmarks and
 * for looking at the review screens with a long history: rounds spread over the years
 * before {@code end}, phases that overrun as people's do (design and deep dive most),
 * self-scores that improve over time with weaker and stronger dimensions, verdicts that
 * follow the scores, failure modes ticked less often as skill grows, notes and
 * reflections written from a phrase bank, probes with response times, and 2% of rounds
 * kept unfinished. Deterministic for a seed.
 *
 * <p>{@code main(dataDir, count)} fills {@code <dataDir>/mockloop.db}, e.g. to run the app
 * on it: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dmain.class=dev.mockloop.attempt.AttemptGenerator -Dexec.args="/tmp/ml-home 2000"}.
 */
public final class AttemptGenerator {

    private static final String[] NOTE_PHRASES = {
        "Consistent hashing across cache nodes", "Write-through cache in front of Postgres",
        "Kafka topic per tenant, partition by user id", "Idempotency key on every payment request",
        "Read replicas for the feed fan-out", "Rate limiter with a token bucket in Redis",
        "Shard by region, then by account", "Back-pressure when the queue lag passes a minute",
        "Estimate: 100M DAU, 20 writes a day each, about 23k QPS", "CDN for the static assets",
        "Dead-letter queue for poison messages", "Blue-green deploy with a rollback switch",
        "Outbox pattern to publish events exactly once", "Bloom filter before the expensive lookup",
        "p99 latency budget of 200 ms end to end", "Hot partition: add a random suffix to the key",
        "Leader election through the lock service", "Backfill job must be idempotent on rerun",
        "Feature store shared by training and serving", "Alert on symptoms, not on causes",
    };
    private static final String[] REFLECTION_PHRASES = {
        "Spent too long on requirements again.", "Should have committed to numbers earlier.",
        "The story did not lead into the design.", "Good trade-off discussion on consistency.",
        "Ran out of time for the deep dive.", "Forgot to talk about failure handling.",
        "Clear API, weak data model.", "Answered the probe about hot keys well.",
        "Said we instead of I through the whole story.", "Next time: draw the write path first.",
    };

    private final PackLibrary library;
    private final List<LibraryQuestion> questions;
    private final Random random;
    private final ZoneId zone;

    /** @param seed the same seed gives the same attempts */
    public AttemptGenerator(long seed, ZoneId zone) {
        this.library = new PackLibrary(BundledPacks.load(new PackReader()));
        this.questions = library.questions();
        this.random = new Random(seed);
        this.zone = zone;
    }

    /** @return the bundled packs the attempts are made from */
    public PackLibrary library() {
        return library;
    }

    /**
     * Inserts {@code count} attempts started in the {@code years} before {@code end}, in
     * batches of 5,000 per transaction (one commit per round would take minutes), and
     * records the bundled questions' tags and levels.
     */
    public void fill(Database database, int count, Instant end, double years) {
        new QuestionCatalogRepository(database).record(library);
        long span = (long) (years * 365.25 * 86_400_000L);
        long first = end.toEpochMilli() - span;
        List<Long> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            starts.add(first + (long) (random.nextDouble() * (span - 3_600_000L)));
        }
        starts.sort(null);
        for (int done = 0; done < count; ) {
            int batchEnd = Math.min(count, done + 5_000);
            List<Long> batch = starts.subList(done, batchEnd);
            database.inTransaction("generate attempts", c -> {
                for (long start : batch) {
                    Attempt a = attempt(Instant.ofEpochMilli(start), (double) (start - first) / span);
                    long id = AttemptRowRepository.insertAttempt(c, a, start + a.activeTime().toMillis(),
                            a.startedAt().atZone(zone).toLocalDate().toEpochDay());
                    AttemptRowRepository.insertChildren(c, id, a);
                }
                return null;
            });
            done = batchEnd;
        }
    }

    /** @param progress 0 at the first round, 1 at the last: skill grows with it */
    Attempt attempt(Instant start, double progress) {
        LibraryQuestion q = questions.get(random.nextInt(questions.size()));
        var pack = q.pack().pack();
        var framework = q.framework();
        boolean unfinished = random.nextDouble() < 0.02;
        List<PhaseTime> phases = new ArrayList<>();
        boolean stopped = false;
        for (Phase phase : framework.phases()) {
            long planned = phase.plannedMillis();
            double stretch = 0.75 + random.nextDouble() * 0.5 + (phase.id().contains("design") ? 0.25 : 0)
                    + (phase.id().contains("requirements") ? 0.15 : 0) - progress * 0.15;
            long actual = stopped ? 0 : Math.max(10_000, (long) (planned * stretch));
            boolean paused = random.nextDouble() < 0.08;
            phases.add(new PhaseTime(phase.id(), phase.title(), planned, actual, paused ? 30_000 + random.nextInt(90_000) : 0,
                    paused ? 1 : 0));
            stopped |= unfinished && random.nextDouble() < 0.3;
        }
        long active = phases.stream().mapToLong(PhaseTime::actualMs).sum();
        List<DimensionScore> scores = new ArrayList<>();
        double skill = 1.7 + 1.7 * progress;
        if (!unfinished) {
            for (Dimension d : pack.rubric().dimensions()) {
                double bias = d.id().contains("estimation") ? -0.5 : d.id().contains("communication") ? 0.3
                        : d.id().contains("deep-dive") ? -0.25 : 0;
                int score = (int) Math.max(1, Math.min(4, Math.round(skill + bias + random.nextGaussian() * 0.6)));
                scores.add(new DimensionScore(d.id(), d.title(), score, d.descriptor(score)));
            }
        }
        double mean = scores.stream().mapToInt(DimensionScore::score).average().orElse(0);
        Verdict verdict = unfinished ? null : mean < 1.75 ? Verdict.STRONG_NO_HIRE : mean < 2.4 ? Verdict.NO_HIRE
                : mean < 2.9 ? Verdict.LEAN_HIRE : mean < 3.5 ? Verdict.HIRE : Verdict.STRONG_HIRE;
        List<FailureModeHit> failures = new ArrayList<>();
        if (!unfinished) {
            for (FailureMode f : pack.failureModes()) {
                if (random.nextDouble() < 0.32 - 0.22 * progress) {
                    failures.add(new FailureModeHit(f.id(), f.title()));
                }
            }
        }
        List<ProbeResponse> probes = new ArrayList<>();
        for (Probe p : q.question().design().probes()) {
            if (random.nextDouble() < 0.4) {
                probes.add(new ProbeResponse(p.text(), p.phase(), random.nextInt((int) Math.max(1, active)),
                        random.nextDouble() < 0.9 ? 2_000L + random.nextInt(40_000) : null));
            }
        }
        return new Attempt(null, pack.id(), pack.version(), q.question().id(), q.question().title(),
                q.question().behavioral().prompt(), q.question().design().prompt(), framework.id(), framework.title(),
                start, start.plusMillis(active), phases, sentences(NOTE_PHRASES, 2 + random.nextInt(3), "\n"),
                null, null, scores, failures, verdict,
                unfinished ? "" : sentences(REFLECTION_PHRASES, 1 + random.nextInt(2), " "), probes);
    }

    private String sentences(String[] bank, int n, String separator) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(bank[random.nextInt(bank.length)]);
        }
        return String.join(separator, picked);
    }

    /** @param args the data directory, and how many attempts (default 2,000) over two years */
    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        DataDirectory.ensureExists(dataDir);
        try (Database database = Database.open(DataDirectory.databaseFile(dataDir))) {
            new AttemptGenerator(1, ZoneId.systemDefault()).fill(database, count, Instant.now(), 2);
        }
        System.out.println("Generated " + count + " attempts in " + DataDirectory.databaseFile(dataDir));
    }
}
