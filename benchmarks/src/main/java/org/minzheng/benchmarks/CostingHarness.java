package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times {@link CostingBenchmark}'s operations one by one with the thread's CPU time and allocation beside the wall
 * time, for a shared machine where other processes take the CPU (wall time then overstates the work). The process's
 * CPU time is printed beside the calling thread's: with more than one thread the costing's own threads do the work
 * (the process's figure also holds the collector's and the compiler's threads). {@code threads} is a list, e.g.
 * {@code 1,2}: the repetitions take its counts in turn, interleaved in one JVM; every year's result is compared
 * with the one-thread result of the set-up, which it must equal to the fen. Usage:
 * {@code java -XX:ActiveProcessorCount=2 -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.CostingHarness [scale] [repetitions] [year|month] [threads, e.g. 1,2]}.
 */
public final class CostingHarness {

    private CostingHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args scale (default 1), repetitions (default 5), year or month (default year), threads (default 1)
     */
    public static void main(String[] args) {
        CostingBenchmark b = new CostingBenchmark();
        b.scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean year = args.length <= 2 || args[2].equals("year");
        int[] counts = java.util.Arrays.stream((args.length > 3 ? args[3] : "1").split(","))
                .mapToInt(Integer::parseInt).toArray();
        b.setUp();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        for (int i = 1; i <= n; i++) {
            b.threads = counts[(i - 1) % counts.length];
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            long bytes = alloc.getCurrentThreadAllocatedBytes();
            long process = os.getProcessCpuTime();
            Object result = year ? b.year() : b.month();
            boolean same = !year || result.equals(b.oneThreadYear);
            if (!same) {
                throw new IllegalStateException("the costing on " + b.threads + " threads differs from one thread: "
                        + result + " against " + b.oneThreadYear);
            }
            System.out.printf(Locale.ROOT, "%s %d: wall %,d ms, thread CPU %,d ms, process CPU %,d ms, allocated %,d MB "
                    + "(calling thread), %d thread(s)%s%n",
                    year ? "year" : "month", i, (System.nanoTime() - wall) / 1_000_000,
                    (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000, (os.getProcessCpuTime() - process) / 1_000_000,
                    (alloc.getCurrentThreadAllocatedBytes() - bytes) >> 20, b.threads,
                    year ? ", same as one thread to the fen" : "");
        }
    }
}
