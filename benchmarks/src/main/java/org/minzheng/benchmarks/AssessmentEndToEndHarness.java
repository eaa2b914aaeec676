package org.minzheng.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.minzheng.runtime.CivilAffairs;

/**
 * Assessment end to end from plain rows (issue 15): for every row of a {@link PlainRows} population, build the
 * household and its facts, assess 低保 with add-ons and add the amount in fen. Prints, per repetition, households per
 * second (wall and on the thread's own CPU time), garbage-collection time, and the live heap after a full collection
 * with the rows held (the rows alone, then rows plus everything the run kept), and the total in fen (identical in
 * every repetition and on every build, or the harness fails).
 *
 * <p>With {@code threads} above one the rows are partitioned into as many contiguous ranges, each assessed by its
 * own thread on the one shared runtime; the total is the sum of the ranges' totals and must equal the one-thread total
 * to the fen (103,917,211,032 fen at 1,000,000 households). Thread CPU is the sum over the workers.
 *
 * <p>Usage: {@code java -XX:ActiveProcessorCount=1 -Xmx1g -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.AssessmentEndToEndHarness [households=1000000] [repetitions=5] [threads=1]}
 * ({@code -XX:ActiveProcessorCount=2} for two threads).
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
        int nThreads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        if (nThreads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + nThreads);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = liveHeap();
        PlainRows rows = PlainRows.generate(n, 15);
        long withRows = liveHeap();
        CivilAffairs runtime = PlainRows.runtime();
        System.out.printf(Locale.ROOT, "%,d households, %,d persons, %d thread(s); rows %,d bytes/household live%n",
                n, rows.persons(), nThreads, (withRows - before) / n);
        ExecutorService pool = nThreads > 1 ? Executors.newFixedThreadPool(nThreads) : null;
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
            long total;
            long workerCpu = 0;
            if (pool == null) {
                total = range(rows, runtime, 0, n)[0];
            } else {
                List<Future<long[]>> parts = new ArrayList<>();
                for (int k = 0; k < nThreads; k++) {
                    int from = (int) ((long) n * k / nThreads);
                    int to = (int) ((long) n * (k + 1) / nThreads);
                    parts.add(pool.submit(() -> range(rows, runtime, from, to)));
                }
                total = 0;
                for (Future<long[]> f : parts) {
                    long[] r2 = join(f);
                    total += r2[0];
                    workerCpu += r2[1];
                }
            }
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            long gc1 = gcMillis();
            if (pool != null) {
                cpu1 = cpu0 + workerCpu;
            }
            if (expected >= 0 && total != expected) {
                throw new IllegalStateException("total changed: " + total + " after " + expected);
            }
            expected = total;
            rates[r] = n / ((t1 - t0) / 1e9);
            cpuRates[r] = n / ((cpu1 - cpu0) / 1e9);
            System.out.printf(Locale.ROOT, "rep %d: %,.0f households/s wall, %,.0f/s per thread-CPU second, gc %d ms, "
                    + "total %d fen%n", r + 1, rates[r], cpuRates[r], gc1 - gc0, total);
        }
        long after = liveHeap();
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf(Locale.ROOT, "wall households/s: min %,.0f median %,.0f max %,.0f; thread CPU: min %,.0f "
                + "median %,.0f max %,.0f; live after runs %,d bytes/household (rows included); warm-up %d%n",
                rates[0], rates[reps / 2], rates[reps - 1], cpuRates[0], cpuRates[reps / 2], cpuRates[reps - 1],
                (after - before) / n, warm);
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Rows [from, to): the total in fen and the thread CPU nanoseconds spent. */
    private static long[] range(PlainRows rows, CivilAffairs runtime, int from, int to) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long total = 0;
        for (int i = from; i < to; i++) {
            total += rows.assessFen(runtime, i);
        }
        return new long[] {total, threads.getCurrentThreadCpuTime() - cpu0};
    }

    private static long[] join(Future<long[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
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
