package org.minzheng.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.IdNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of identifier parsing (ops/s = identifiers parsed per second on one thread).
 * Each invocation parses the next of 1,024 distinct valid inputs, so that branch prediction
 * cannot learn one input. Run: {@code java -jar benchmarks/target/benchmarks.jar IdentifierParse}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierParseBenchmark {

    private static final int SIZE = 1024;

    private String[] idNumbers;
    private String[] lowerCaseX;
    private String[] legacy;
    private String[] creditCodes;
    private Clock clock;
    private int next;

    /** Generates the inputs. */
    @Setup
    public void setUp() {
        idNumbers = Samples.idNumbers(SIZE, 20_260_601L);
        lowerCaseX = new String[SIZE];
        legacy = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String body = idNumbers[i].substring(0, 17);
            lowerCaseX[i] = body + Character.toLowerCase(IdNumber.checkCharacter(body));
            legacy[i] = body.substring(0, 6) + body.substring(8, 17);
        }
        creditCodes = Samples.creditCodes(SIZE, 31L);
        clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    private int index() {
        return next++ & (SIZE - 1);
    }

    /** {@link IdNumber#parse(String)}: the strict parse with the system clock. */
    @Benchmark
    public IdNumber idNumberParse() {
        return IdNumber.parse(idNumbers[index()]);
    }

    /** {@link IdNumber#parse(String, Clock)} with a fixed clock. */
    @Benchmark
    public IdNumber idNumberParseWithClock() {
        return IdNumber.parse(idNumbers[index()], clock);
    }

    /** {@link IdNumber#parse(String)} of inputs with a lower-case x where the check is X. */
    @Benchmark
    public IdNumber idNumberParseMixedCase() {
        return IdNumber.parse(lowerCaseX[index()]);
    }

    /** {@link IdNumber#parse(String)} of legacy 15-digit numbers (upgrade included). */
    @Benchmark
    public IdNumber idNumberParseLegacy15() {
        return IdNumber.parse(legacy[index()]);
    }

    /** {@link CreditCode#parse(String)}. */
    @Benchmark
    public CreditCode creditCodeParse() {
        return CreditCode.parse(creditCodes[index()]);
    }
}
