package org.minzheng.benchmarks;

/**
 * The ratio of {@link HouseholdJsonBenchmark}'s MinzhengModule and plain-Jackson batches measured
 * interleaved (one batch of each in turn), so that load from other processes on a shared machine
 * affects both sides alike; JMH runs the benchmarks one after the other. The first third of the
 * rounds is warm-up. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.HouseholdJsonRatio 45}.
 */
public final class HouseholdJsonRatio {

    private HouseholdJsonRatio() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the number of rounds (default 45)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 45;
        HouseholdJsonBenchmark b = new HouseholdJsonBenchmark();
        b.setUp();
        long[] t = new long[4];
        for (int r = 0; r < rounds; r++) {
            if (r == rounds / 3) {
                t = new long[4];
            }
            long s = System.nanoTime();
            b.readMinzheng();
            t[0] += System.nanoTime() - s;
            s = System.nanoTime();
            b.readPlain();
            t[1] += System.nanoTime() - s;
            s = System.nanoTime();
            b.writeMinzheng();
            t[2] += System.nanoTime() - s;
            s = System.nanoTime();
            b.writePlain();
            t[3] += System.nanoTime() - s;
        }
        int measured = rounds - rounds / 3;
        System.out.printf("read 10,000 households:  minzheng %.0f ms, plain %.0f ms -> %.0f %% of plain throughput%n",
                t[0] / 1e6 / measured, t[1] / 1e6 / measured, 100.0 * t[1] / t[0]);
        System.out.printf("write 10,000 households: minzheng %.0f ms, plain %.0f ms -> %.0f %% of plain throughput%n",
                t[2] / 1e6 / measured, t[3] / 1e6 / measured, 100.0 * t[3] / t[2]);
    }
}
