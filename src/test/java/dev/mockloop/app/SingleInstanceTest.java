package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dataDir;

    @Test
    void secondCopyHandsItsArgumentsToTheFirstAndStepsAside() throws Exception {
        BlockingQueue<List<String>> received = new ArrayBlockingQueue<>(1);
        Optional<SingleInstance> first = SingleInstance.acquire(dataDir, List.of(), received::add);
        assertTrue(first.isPresent());
        try (SingleInstance running = first.get()) {
            Optional<SingleInstance> second = SingleInstance.acquire(dataDir, List.of("/tmp/pack.json"), args -> { });
            assertTrue(second.isEmpty(), "only one copy holds the data directory");
            assertEquals(List.of("/tmp/pack.json"), received.poll(5, TimeUnit.SECONDS));
        }
        Optional<SingleInstance> afterwards = SingleInstance.acquire(dataDir, List.of(), args -> { });
        assertTrue(afterwards.isPresent(), "the lock is free once the first copy stops");
        afterwards.get().close();
    }
}
