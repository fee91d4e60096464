package dev.mockloop.interview;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.Round;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.ScheduledProbe;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A real round of a bundled question with probes, begun through a {@link RoundService} over a
 * scratch database, recording the nudges and probe cards it shows and on which thread.
 */
final class TestRound implements AutoCloseable {

    static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    final ManualTicker ticker = new ManualTicker();
    final Path dir;
    final Database db;
    final RoundService rounds;
    final ActiveRound active;
    final List<String> nudges = new CopyOnWriteArrayList<>();
    final List<Integer> shown = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    TestRound() {
        try {
            dir = Files.createTempDirectory("mockloop-interview-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = Database.open(dir.resolve("mockloop.db"));
        rounds = TestRounds.inLine(db, ticker, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        rounds.addListener(new RoundListener() {
            @Override
            public void nudged(ActiveRound round, String message) {
                threads.add(Thread.currentThread().getName());
                nudges.add(message);
            }

            @Override
            public void probeShown(ActiveRound round, ScheduledProbe probe) {
                threads.add(Thread.currentThread().getName());
                shown.add(probe.index());
            }
        });
        LibraryQuestion question = questionWithProbes();
        active = rounds.begin(question, question.framework());
    }

    /** @return a bundled question with at least two probes on the paired 45-minute framework */
    static LibraryQuestion questionWithProbes() {
        return LIBRARY.questions().stream()
                .filter(q -> q.question().design().probes().size() >= 2)
                .filter(q -> q.question().framework().equals("paired-45"))
                .findFirst().orElseThrow();
    }

    Round round() {
        return active.round();
    }

    String roundId() {
        return active.roundId();
    }

    @Override
    public void close() {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
