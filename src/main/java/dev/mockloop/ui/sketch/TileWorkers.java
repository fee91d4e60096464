package dev.mockloop.ui.sketch;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Paints a batch of tiles on every core: the calling (FX) thread and one helper thread per
 * further core take tiles from the batch until none are left, and the call returns when all
 * are painted, so the caller sees the same as if it had painted them itself. A tile's work
 * must touch only that tile and read only what stays unchanged meanwhile (the FX thread,
 * which alone changes the sketch, is inside this call). A helper the machine gives no time
 * costs nothing: the caller paints what it does not take.
 */
final class TileWorkers implements AutoCloseable {

    private final int helpers;
    private final ExecutorService pool;

    /** @param helpers threads besides the caller; 0 paints on the caller alone */
    TileWorkers(int helpers) {
        this.helpers = Math.max(0, helpers);
        this.pool = this.helpers == 0 ? null : Executors.newFixedThreadPool(this.helpers, r -> {
            Thread t = new Thread(r, "sketch-tiles");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY);
            return t;
        });
    }

    /**
     * @return the app's one set of helpers, one per core beyond the first, shared by every
     *         board: boards paint on the FX thread, one batch at a time, so one set serves all,
     *         and a board that is never disposed leaves no thread behind. Never closed (its
     *         threads are daemons).
     */
    static TileWorkers shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final TileWorkers INSTANCE = new TileWorkers(Runtime.getRuntime().availableProcessors() - 1);
    }

    /** @return how many threads paint a batch, the caller included */
    int parallelism() {
        return helpers + 1;
    }

    /**
     * Runs {@code work} once for every tile of the batch, spread over the threads, and
     * returns when all have run.
     *
     * @throws RuntimeException the first failure of any tile's work, after all have stopped
     */
    void paintAll(List<Tile> batch, Consumer<Tile> work) {
        if (pool == null || batch.size() < 2) {
            batch.forEach(work);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        RuntimeException[] failure = new RuntimeException[1];
        // Counts tiles, not threads: a helper that starts late finds nothing left, and no one waits for it.
        CountDownLatch done = new CountDownLatch(batch.size());
        Runnable take = () -> {
            for (int k = next.getAndIncrement(); k < batch.size(); k = next.getAndIncrement()) {
                try {
                    work.accept(batch.get(k));
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = failure[0] == null ? e : failure[0];
                    }
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(helpers, batch.size() - 1); h++) {
            pool.execute(take);
        }
        take.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tiles were painted", e);
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /** Stops the helper threads of a set made here (not the {@link #shared()} one). */
    @Override
    public void close() {
        if (pool != null && this != Shared.INSTANCE) {
            pool.shutdownNow();
        }
    }
}
