package dev.mockloop.interview;

import dev.mockloop.session.Ticker;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.SketchChange;
import dev.mockloop.sketch.paint.SvgExport;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Sends the candidate's whiteboard to the page as SVG after each change: at once after a quiet
 * spell, and at most every {@link #MIN_GAP_MS} while changes keep coming (a drag), the last change
 * always included. The elements are copied on the round's thread (the sketch is not thread-safe);
 * the SVG ({@link SvgExport}) is written on the scheduler's.
 */
final class SketchFeed {

    /** The shortest gap between two sketches sent: 50 ms, at most 20 a second. */
    static final long MIN_GAP_MS = 50;
    /** Blank margin around the ink in the SVG, px. */
    static final double PADDING_PX = 16;

    private final Sketch sketch;
    private final Executor roundThread;
    private final Scheduler scheduler;
    private final Ticker ticker;
    private final Consumer<String> publish;
    private final Consumer<SketchChange> listener = change -> changed();
    // Round thread only:
    private boolean pending;
    private boolean stopped;
    private long lastNanos = Long.MIN_VALUE;

    /** @param publish takes each {@code sketch} message; called on the scheduler's thread */
    SketchFeed(Sketch sketch, Executor roundThread, Scheduler scheduler, Ticker ticker, Consumer<String> publish) {
        this.sketch = sketch;
        this.roundThread = roundThread;
        this.scheduler = scheduler;
        this.ticker = ticker;
        this.publish = publish;
    }

    /** Listens to the sketch and sends it as it is now. Call on the round's thread. */
    void start() {
        sketch.addChangeListener(listener);
        snapshot();
    }

    /** Stops listening; nothing more is sent. Call on the round's thread. */
    void stop() {
        stopped = true;
        sketch.removeChangeListener(listener);
    }

    private void changed() {
        if (pending || stopped) {
            return;
        }
        pending = true;
        long waitMs = lastNanos == Long.MIN_VALUE ? 0
                : Math.max(0, MIN_GAP_MS - (ticker.nanoTime() - lastNanos) / 1_000_000);
        if (waitMs == 0) {
            // Still deferred, so the edits of one gesture (a group) go out as one sketch.
            roundThread.execute(this::snapshot);
        } else {
            scheduler.schedule(() -> roundThread.execute(this::snapshot), waitMs);
        }
    }

    private void snapshot() {
        pending = false;
        if (stopped) {
            return;
        }
        lastNanos = ticker.nanoTime();
        List<Element> elements = List.copyOf(sketch.elements());
        long revision = sketch.revision();
        scheduler.execute(() -> publish.accept(message(revision, elements)));
    }

    /** @return the {@code sketch} message: {@code revision} and {@code svg}, a standalone SVG document */
    static String message(long revision, List<Element> elements) {
        return PageJson.write(PageJson.message("sketch").put("revision", revision)
                .put("svg", SvgExport.toSvg(elements, PADDING_PX, "#ffffff")));
    }
}
