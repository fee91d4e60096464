package dev.mockloop.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Support for benchmarks: classes named {@code *Bench} under src/test run only with
 * {@code ./mvnw -Pbench verify}, and {@code -Dbench=<substring>} keeps those whose
 * result names contain it. Results are printed one a line as
 * {@code BENCH <name> <value> <unit>} and recorded in BENCHMARKS.md.
 */
public final class Bench {

    private Bench() {
    }

    /** @return whether a result named {@code name} was asked for by {@code -Dbench} */
    public static boolean wanted(String name) {
        String filter = System.getProperty("bench", "");
        return filter.isBlank() || name.contains(filter);
    }

    /** Prints one result line. */
    public static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
    }

    /**
     * Times {@code work} after warm-up runs and returns the median in ms.
     *
     * @param warmups runs discarded to let the JIT settle
     * @param runs    measured runs; the median is robust to a noisy neighbour
     * @param work    returns a value that is consumed so the JIT cannot drop the work
     */
    public static double medianMillis(int warmups, int runs, LongSupplier work) {
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
