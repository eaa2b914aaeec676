package org.minzheng.spring.boot;

import java.time.Duration;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.ProgramRun;
import org.minzheng.runtime.RunFailure;

/**
 * {@link MinzhengMetrics} on a Micrometer {@link MeterRegistry} (Micrometer 指标). Tags are programs, outcomes, regions
 * and failure codes — never a person or a household.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Name</th><th>Type</th><th>Tags</th></tr>
 *   <tr><td>{@value #ASSESSMENTS}</td><td>timer</td><td>program, outcome (eligible, ineligible, error), exception</td></tr>
 *   <tr><td>{@value #RUNS}</td><td>timer</td><td>region, outcome (complete, incomplete, aborted)</td></tr>
 *   <tr><td>{@value #CASES}</td><td>counter</td><td>program, kind (assessed, paid, posted, already-posted, changed,
 *       enrolled, referred, failed)</td></tr>
 *   <tr><td>{@value #AMOUNT}</td><td>summary (yuan)</td><td>program: each run's amount in force for the month</td></tr>
 *   <tr><td>{@value #FAILURES}</td><td>counter</td><td>program, code (e.g. assessment-failed)</td></tr>
 * </table>
 */
public final class MicrometerMinzhengMetrics implements MinzhengMetrics {

    /** Assessments: {@value}. */
    public static final String ASSESSMENTS = "minzheng.assessments";
    /** Monthly runs: {@value}. */
    public static final String RUNS = "minzheng.monthly.runs";
    /** Cases of monthly runs: {@value}. */
    public static final String CASES = "minzheng.monthly.cases";
    /** Amounts of monthly runs: {@value}. */
    public static final String AMOUNT = "minzheng.monthly.amount";
    /** Failed cases of monthly runs: {@value}. */
    public static final String FAILURES = "minzheng.monthly.failures";

    private static final String NONE = "none";

    private final MeterRegistry registry;

    /**
     * Creates the metrics.
     *
     * @param registry the registry
     */
    public MicrometerMinzhengMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void assessed(ProgramCode program, Decision decision, Duration elapsed) {
        Timer.builder(ASSESSMENTS).description("Assessments by program and outcome (测算)")
                .tag("program", program.value()).tag("outcome", decision.eligible() ? "eligible" : "ineligible")
                .tag("exception", NONE).register(registry).record(elapsed);
    }

    @Override
    public void assessmentFailed(ProgramCode program, RuntimeException error, Duration elapsed) {
        Timer.builder(ASSESSMENTS).description("Assessments by program and outcome (测算)")
                .tag("program", program.value()).tag("outcome", "error")
                .tag("exception", error.getClass().getSimpleName()).register(registry).record(elapsed);
    }

    @Override
    public void runFailure(RunFailure failure) {
        Counter.builder(FAILURES).description("Cases a monthly run could not complete (月度运行失败)")
                .tag("program", failure.program().map(ProgramCode::value).orElse(NONE)).tag("code", failure.code())
                .register(registry).increment();
    }

    @Override
    public void runFinished(MonthlyRun run) {
        Timer.builder(RUNS).description("Monthly runs (月度运行)").tag("region", run.region().shortForm())
                .tag("outcome", run.complete() ? "complete" : "incomplete").register(registry).record(run.elapsed());
        for (ProgramRun p : run.programs().values()) {
            String program = p.program().value();
            cases(program, "assessed", p.assessed());
            cases(program, "paid", p.paid());
            cases(program, "posted", p.posted());
            cases(program, "already-posted", p.alreadyPosted());
            cases(program, "changed", p.changed());
            cases(program, "enrolled", p.enrolled());
            cases(program, "referred", p.referred());
            cases(program, "failed", p.failed());
            DistributionSummary.builder(AMOUNT).description("Amount in force for the month, per run (月度发放金额)")
                    .baseUnit("yuan").tag("program", program).register(registry)
                    .record(p.amount().amount().doubleValue());
        }
    }

    @Override
    public void runAborted(RuntimeException error, Duration elapsed) {
        Timer.builder(RUNS).description("Monthly runs (月度运行)").tag("region", NONE).tag("outcome", "aborted")
                .register(registry).record(elapsed);
    }

    private void cases(String program, String kind, int count) {
        Counter.builder(CASES).description("Cases of monthly runs by program and kind (月度运行案件数)")
                .tag("program", program).tag("kind", kind).register(registry).increment(count);
    }
}
