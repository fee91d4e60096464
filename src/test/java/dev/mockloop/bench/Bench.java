package dev.mockloop.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Support for benchmarks: classes named {@code *Bench} under src/test. They run in two ways
 * (BENCHMARKS.md):
 * <ul>
 *   <li>{@code ./mvnw -Pbench verify}: every benchmark at full size, without the unit tests
 *       and the fuzzers; {@code -Dbench=<substring>} keeps the results whose names contain it;</li>
 *   <li>{@code ./mvnw verify}: every benchmark once at a small size ({@link #smoke()}), after
 *       the unit tests, so a benchmark that no longer runs (a renamed resource, a changed
 *       API) fails the build. {@link BenchCheck} fails a test that printed no result.</li>
 * </ul>
 * Results are printed one a line as {@code BENCH <name> <value> <unit>} ({@code (smoke)}
 * follows on a smoke run, whose figures mean nothing) and recorded in BENCHMARKS.md.
 */
public final class Bench {

    /** System property that makes this a smoke run: {@code -Dbench.smoke=true}. */
    public static final String SMOKE = "bench.smoke";

    private static final AtomicInteger REPORTS = new AtomicInteger();

    private Bench() {
    }

    /** @return whether this is a smoke run: small sizes, one run each, figures not worth keeping */
    public static boolean smoke() {
        return Boolean.getBoolean(SMOKE);
    }

    /** @return {@code full} in a benchmark run, {@code small} in a smoke run */
    public static int size(int full, int small) {
        return smoke() ? small : full;
    }

    /** @return whether a result named {@code name} was asked for by {@code -Dbench} */
    public static boolean wanted(String name) {
        String filter = System.getProperty("bench", "");
        return filter.isBlank() || name.contains(filter);
    }

    /** Prints one result line. */
    public static void report(String name, double value, String unit) {
        REPORTS.incrementAndGet();
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s%s", name, value, unit,
                smoke() ? " (smoke)" : ""));
    }

    /** @return how many results this JVM has printed, for {@link BenchCheck} */
    static int reports() {
        return REPORTS.get();
    }

    /**
     * Times {@code work} after warm-up runs and returns the median in ms. A smoke run does
     * it once, without warm-up.
     *
     * @param warmups runs discarded to let the JIT settle
     * @param runs    measured runs; the median is robust to a noisy neighbour
     * @param work    returns a value that is consumed so the JIT cannot drop the work
     */
    public static double medianMillis(int warmups, int runs, LongSupplier work) {
        if (smoke()) {
            warmups = 0;
            runs = 1;
        }
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += work.getAsLong();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }
}
