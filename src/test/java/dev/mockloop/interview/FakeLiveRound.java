package dev.mockloop.interview;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.Round;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real round of a bundled question, recording what the interviewer asked of it and on which thread. */
final class FakeLiveRound implements LiveRound {

    static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    final ManualTicker ticker = new ManualTicker();
    final Round round;
    final String roundId = UUID.randomUUID().toString();
    final List<Integer> fired = new CopyOnWriteArrayList<>();
    final List<String> nudges = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    FakeLiveRound() {
        this(questionWithProbes());
    }

    FakeLiveRound(LibraryQuestion question) {
        round = new Round(question, question.framework(), ticker,
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    /** @return a bundled question with probes, outline-free or not */
    static LibraryQuestion questionWithProbes() {
        return LIBRARY.questions().stream()
                .filter(q -> q.question().design().probes().size() >= 2)
                .filter(q -> q.question().framework().equals("paired-45"))
                .findFirst().orElseThrow();
    }

    @Override
    public String roundId() {
        return roundId;
    }

    @Override
    public Round round() {
        return round;
    }

    @Override
    public void fireProbe(int probeIndex) {
        threads.add(Thread.currentThread().getName());
        fired.add(probeIndex);
    }

    @Override
    public void nudge(String message) {
        threads.add(Thread.currentThread().getName());
        nudges.add(message);
    }
}
