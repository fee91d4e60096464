package dev.mockloop.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Painting a batch of tiles on several threads: each once, all done when the call returns. */
class TileWorkersTest {

    private static List<Tile> tiles(int n) {
        List<Tile> batch = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            batch.add(new Tile());
        }
        return batch;
    }

    @Test
    void everyTileIsPaintedOnceBeforeTheCallReturns() {
        List<Tile> batch = tiles(40);
        Map<Tile, AtomicInteger> painted = new ConcurrentHashMap<>();
        try (TileWorkers workers = new TileWorkers(3)) {
            workers.paintAll(batch, t -> painted.computeIfAbsent(t, k -> new AtomicInteger()).incrementAndGet());
        }
        assertEquals(40, painted.size());
        painted.values().forEach(count -> assertEquals(1, count.get()));
    }

    @Test
    void withoutHelpersTheCallerPaintsInOrder() {
        List<Tile> batch = tiles(5);
        List<Tile> order = new ArrayList<>();
        try (TileWorkers workers = new TileWorkers(0)) {
            assertEquals(1, workers.parallelism());
            workers.paintAll(batch, order::add);
        }
        assertEquals(batch, order);
    }

    @Test
    void aFailingTileFailsTheCallAfterTheOthersArePainted() {
        List<Tile> batch = tiles(10);
        AtomicInteger painted = new AtomicInteger();
        IllegalStateException boom = new IllegalStateException("boom");
        try (TileWorkers workers = new TileWorkers(1)) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> workers.paintAll(batch, t -> {
                if (t == batch.get(3)) {
                    throw boom;
                }
                painted.incrementAndGet();
            }));
            assertSame(boom, thrown);
        }
        assertEquals(9, painted.get());
    }
}
