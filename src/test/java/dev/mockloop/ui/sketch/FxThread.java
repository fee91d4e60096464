package dev.mockloop.ui.sketch;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread and waits for it; sketches and nodes live there. */
final class FxThread {

    private FxThread() {
    }

    static <T> T call(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX-thread call failed", e);
        }
    }
}
