package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.IdNumber;

/**
 * Parses per second of <em>CPU time</em> of one thread: a complement to the JMH figures on a shared
 * machine, where wall-clock throughput mostly measures how often the thread got a core. Not a
 * replacement for JMH (no forks, no blackhole: results are stored into an array so that they escape).
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ParseCpuTime}.
 */
public final class ParseCpuTime {

    private static final int SIZE = 1024;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 20_000_000;

    private ParseCpuTime() {
    }

    /**
     * Runs the measurement and prints one line per round.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] ids = Samples.idNumbers(SIZE, 20_260_601L);
        String[] codes = Samples.creditCodes(SIZE, 31L);
        Object[] sink = new Object[SIZE];
        for (int warm = 0; warm < 3; warm++) {
            run(ids, codes, sink, PER_ROUND / 4, true);
            run(ids, codes, sink, PER_ROUND / 4, false);
        }
        for (int round = 1; round <= ROUNDS; round++) {
            for (boolean idNumbers : new boolean[] {true, false}) {
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                run(ids, codes, sink, PER_ROUND, idNumbers);
                cpu = threads.getCurrentThreadCpuTime() - cpu;
                wall = System.nanoTime() - wall;
                System.out.printf(Locale.ROOT, "round %d %-17s %6.2f M/s per CPU-second, %6.2f M/s wall%n",
                        round, idNumbers ? "IdNumber.parse" : "CreditCode.parse",
                        PER_ROUND / (cpu / 1e9) / 1e6, PER_ROUND / (wall / 1e9) / 1e6);
            }
        }
    }

    private static void run(String[] ids, String[] codes, Object[] sink, int n, boolean idNumbers) {
        if (idNumbers) {
            for (int i = 0; i < n; i++) {
                sink[i & (SIZE - 1)] = IdNumber.parse(ids[i & (SIZE - 1)]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                sink[i & (SIZE - 1)] = CreditCode.parse(codes[i & (SIZE - 1)]);
            }
        }
    }
}
