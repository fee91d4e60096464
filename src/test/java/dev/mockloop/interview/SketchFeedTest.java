package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.session.ManualTicker;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Sketch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whiteboard's pacing towards the page, with time and threads driven by hand. */
class SketchFeedTest {

    private final ManualTicker ticker = new ManualTicker();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Runnable> roundQueue = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private final Sketch sketch = new Sketch();
    private final SketchFeed feed = new SketchFeed(sketch, roundQueue::add, scheduler, ticker, sent::add);

    private void runRoundThread() {
        while (!roundQueue.isEmpty()) {
            roundQueue.remove(0).run();
        }
    }

    private void draw() {
        sketch.addStroke("#000000", 2, List.of(new Point(0, 0), new Point(10, 10)));
    }

    @Test
    void theSketchIsSentAtOnceAndAfterAChangeThatFollowsAQuietSpell() {
        feed.start();
        scheduler.runDue();
        assertEquals(1, sent.size(), "the sketch as it is when the invitation opens");

        ticker.advanceMillis(1_000);
        draw();
        runRoundThread();
        scheduler.runDue();
        assertEquals(2, sent.size(), "no wait after a quiet spell");
        assertTrue(sent.get(1).contains("\"revision\":" + sketch.revision()));
    }

    @Test
    void aDragIsSentAtMostEveryFiftyMillisecondsWithItsLastChange() {
        feed.start();
        scheduler.runDue();
        for (int i = 0; i < 10; i++) {
            ticker.advanceMillis(5);
            draw();
            runRoundThread();
            scheduler.runDue();
        }
        assertEquals(1, sent.size(), "within 50 ms of the last one sent, changes wait");
        scheduler.advance(SketchFeed.MIN_GAP_MS);
        runRoundThread();
        scheduler.runDue();
        assertEquals(2, sent.size(), "then one sketch for all ten changes");
        assertTrue(sent.get(1).contains("\"revision\":" + sketch.revision()), "with the last of them");
    }

    @Test
    void nothingIsSentOnceStopped() {
        feed.start();
        scheduler.runDue();
        feed.stop();
        draw();
        runRoundThread();
        scheduler.advance(1_000);
        assertEquals(1, sent.size());
    }
}
