package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times {@link CostingBenchmark}'s operations one by one with the thread's CPU time and allocation beside the wall
 * time, for a shared machine where other processes take the CPU (wall time then overstates the work). Usage:
 * {@code java -XX:ActiveProcessorCount=1 -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.CostingHarness [scale] [repetitions] [year|month]}.
 */
public final class CostingHarness {

    private CostingHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args scale (default 1), repetitions (default 5), year or month (default year)
     */
    public static void main(String[] args) {
        CostingBenchmark b = new CostingBenchmark();
        b.scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean year = args.length <= 2 || args[2].equals("year");
        b.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        for (int i = 1; i <= n; i++) {
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            long bytes = alloc.getCurrentThreadAllocatedBytes();
            Object result = year ? b.year() : b.month();
            System.out.printf(Locale.ROOT, "%s %d: wall %,d ms, thread CPU %,d ms, allocated %,d MB (%s)%n",
                    year ? "year" : "month", i, (System.nanoTime() - wall) / 1_000_000,
                    (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (alloc.getCurrentThreadAllocatedBytes() - bytes) >> 20, result.getClass().getSimpleName());
        }
    }
}
