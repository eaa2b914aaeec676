package org.minzheng.benchmarks;

import java.util.concurrent.TimeUnit;

import org.minzheng.runtime.CivilAffairs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessment end to end from plain rows, one household per operation (ops/s = households per second on one thread):
 * build the household and facts from a row of {@link PlainRows}, assess 低保 with add-ons through
 * {@link CivilAffairs}, take the amount in fen. Run with {@code -prof gc} for the bytes allocated per household:
 * {@code java -XX:ActiveProcessorCount=1 -jar benchmarks/target/benchmarks.jar AssessmentEndToEnd -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
@Threads(1)
public class AssessmentEndToEndBenchmark {

    private static final int SIZE = 1 << 16;

    private PlainRows rows;
    private CivilAffairs runtime;
    private int next;

    /** Generates the rows. */
    @Setup
    public void setUp() {
        rows = PlainRows.generate(SIZE, 15);
        runtime = PlainRows.runtime();
    }

    /**
     * One household end to end.
     *
     * @return the amount in fen
     */
    @Benchmark
    public long endToEnd() {
        return rows.assessFen(runtime, next++ & (SIZE - 1));
    }
}
