package org.minzheng.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.minzheng.runtime.CivilAffairs;

/**
 * Assessment end to end from plain rows (issue 15): for every row of a {@link PlainRows} population, build the
 * household and its facts, assess 低保 with add-ons and add the amount in fen. Prints, per repetition, households per
 * second (wall and on the thread's own CPU time), garbage-collection time, and the live heap after a full collection
 * with the rows held (the rows alone, then rows plus everything the run kept), and the total in fen (identical in
 * every repetition and on every build, or the harness fails).
 *
 * <p>Usage: {@code java -XX:ActiveProcessorCount=1 -Xmx1g -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.AssessmentEndToEndHarness [households=1000000] [repetitions=5]}.
 */
public final class AssessmentEndToEndHarness {

    private AssessmentEndToEndHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args households, repetitions
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = liveHeap();
        PlainRows rows = PlainRows.generate(n, 15);
        long withRows = liveHeap();
        CivilAffairs runtime = PlainRows.runtime();
        System.out.printf(Locale.ROOT, "%,d households, %,d persons; rows %,d bytes/household live%n", n,
                rows.persons(), (withRows - before) / n);
        // warm up on a tenth
        long warm = 0;
        for (int i = 0; i < n / 10; i++) {
            warm += rows.assessFen(runtime, i);
        }
        double[] rates = new double[reps];
        double[] cpuRates = new double[reps];
        long expected = -1;
        for (int r = 0; r < reps; r++) {
            long gc0 = gcMillis();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long total = 0;
            for (int i = 0; i < n; i++) {
                total += rows.assessFen(runtime, i);
            }
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            long gc1 = gcMillis();
            if (expected >= 0 && total != expected) {
                throw new IllegalStateException("total changed: " + total + " after " + expected);
            }
            expected = total;
            rates[r] = n / ((t1 - t0) / 1e9);
            cpuRates[r] = n / ((cpu1 - cpu0) / 1e9);
            System.out.printf(Locale.ROOT, "rep %d: %,.0f households/s wall, %,.0f/s thread CPU, gc %d ms, "
                    + "total %d fen%n", r + 1, rates[r], cpuRates[r], gc1 - gc0, total);
        }
        long after = liveHeap();
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf(Locale.ROOT, "wall households/s: min %,.0f median %,.0f max %,.0f; thread CPU: min %,.0f "
                + "median %,.0f max %,.0f; live after runs %,d bytes/household (rows included); warm-up %d%n",
                rates[0], rates[reps / 2], rates[reps - 1], cpuRates[0], cpuRates[reps / 2], cpuRates[reps - 1],
                (after - before) / n, warm);
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
