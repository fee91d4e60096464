package dev.mockloop.interview;

import dev.mockloop.session.Ticker;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An {@link InterviewService} with a real server on 127.0.0.1, its own "round-thread" standing in
 * for the UI thread, and sheets saved to a list.
 */
final class ServerFixture implements AutoCloseable {

    final ExecutorService roundThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "round-thread"));
    final ThreadScheduler scheduler = new ThreadScheduler();
    final List<InterviewerSheet> saved = new CopyOnWriteArrayList<>();
    final BlockingQueue<InviteStatus> statuses = new LinkedBlockingQueue<>();
    final TestRound round = new TestRound();
    final InterviewService service;
    volatile RuntimeException failSaves;

    ServerFixture() {
        this(Optional::empty);
    }

    ServerFixture(java.util.function.Supplier<Optional<InetAddress>> lan) {
        service = new InterviewService(roundThread, scheduler, sheet -> {
            if (failSaves != null) {
                throw failSaves;
            }
            saved.add(sheet);
        }, Clock.fixed(Instant.parse("2026-12-01T11:00:00Z"), ZoneOffset.UTC), Ticker.system(),
                new SecureRandom(), lan);
        onRound(() -> service.addStatusListener(statuses::add));
        round.rounds.addListener(service);
    }

    /** Runs on the round thread and waits for it. */
    void onRound(Runnable work) {
        CompletableFuture.runAsync(work, roundThread).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Invites on loopback, any port, and waits for the link. */
    String invite() {
        return invite(InterviewSettings.DEFAULTS).link();
    }

    InviteStatus invite(InterviewSettings settings) {
        // Cleared on the round thread, where statuses are told: a late word about the last
        // invitation (queued there before this) cannot pass for this one's.
        onRound(() -> {
            statuses.clear();
            service.invite(round.active, settings);
        });
        return awaitStatus(s -> s.state() == InviteStatus.State.OPEN || s.state() == InviteStatus.State.FAILED);
    }

    InviteStatus awaitStatus(Predicate<InviteStatus> wanted) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            while (System.nanoTime() < until) {
                InviteStatus s = statuses.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (s != null && wanted.test(s)) {
                    return s;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("the status did not come within 10 s");
    }

    static int port(String link) {
        return URI.create(link).getPort();
    }

    static String token(String link) {
        String path = URI.create(link).getPath();
        return path.substring(3, path.length() - 1);
    }

    @Override
    public void close() {
        onRound(service::close);
        scheduler.close();
        roundThread.shutdownNow();
        round.close();
    }
}
