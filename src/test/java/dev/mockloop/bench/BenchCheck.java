package dev.mockloop.bench;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a benchmark test that, on a smoke run ({@link Bench#smoke()}), finished without
 * printing a single {@code BENCH} line: a benchmark that quietly measures nothing has rotted
 * as surely as one that throws. A test that skips itself with an assumption (it cannot run
 * here, and says why) passes. Registered for every test of the benchmark runs by JUnit's
 * extension auto-detection (src/test/resources/META-INF/services), which only those runs
 * switch on, so benchmarks need no annotation.
 */
public final class BenchCheck implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BenchCheck.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("reports", Bench.reports());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!Bench.smoke() || context.getExecutionException().isPresent()) {
            return;
        }
        int before = context.getStore(NAMESPACE).get("reports", Integer.class);
        if (Bench.reports() == before) {
            throw new AssertionError(context.getDisplayName() + " in " + context.getRequiredTestClass().getSimpleName()
                    + " printed no BENCH line on the smoke run: report at least one result at the smoke size"
                    + " (Bench.report), or skip with an assumption that says why it cannot run here");
        }
    }
}
