package org.minzheng.spring.boot;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.MonthlyRunListener;
import org.minzheng.runtime.RunFailure;

/**
 * {@link CivilAffairs#runMonth} with metrics (带指标的月度运行): per run its duration and outcome, per program the cases
 * assessed, paid, posted, changed and failed and the amount, and every failure by its code ({@code minzheng.monthly.*}).
 * The caller's listener is told everything as before.
 *
 * <p>Thread-safe.
 */
public class MonthlyRunService {

    private final CivilAffairs civilAffairs;
    private final MinzhengMetrics metrics;

    /**
     * Creates the service.
     *
     * @param civilAffairs the runtime
     * @param metrics where to report
     */
    public MonthlyRunService(CivilAffairs civilAffairs, MinzhengMetrics metrics) {
        this.civilAffairs = Objects.requireNonNull(civilAffairs, "civilAffairs");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Runs a month for a region.
     *
     * @param month the month
     * @param region the region
     * @return what the run did
     * @see CivilAffairs#runMonth(YearMonth, RegionCode)
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region) {
        return runMonth(month, region, MonthlyRunListener.NONE);
    }

    /**
     * Runs a month for a region, telling a listener of its progress.
     *
     * @param month the month
     * @param region the region
     * @param listener the caller's listener
     * @return what the run did
     * @see CivilAffairs#runMonth(YearMonth, RegionCode, MonthlyRunListener)
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region, MonthlyRunListener listener) {
        Objects.requireNonNull(listener, "listener");
        MonthlyRunListener both = new MonthlyRunListener() {
            @Override
            public void started(YearMonth m, RegionCode r, int cases) {
                listener.started(m, r, cases);
            }

            @Override
            public void progress(int done, int total) {
                listener.progress(done, total);
            }

            @Override
            public void failed(RunFailure failure) {
                metrics.runFailure(failure);
                listener.failed(failure);
            }

            @Override
            public void finished(MonthlyRun run) {
                listener.finished(run);
            }
        };
        long start = System.nanoTime();
        MonthlyRun run;
        try {
            run = civilAffairs.runMonth(month, region, both);
        } catch (RuntimeException e) {
            metrics.runAborted(e, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        metrics.runFinished(run);
        return run;
    }

    /**
     * The runtime.
     *
     * @return the runtime
     */
    public CivilAffairs civilAffairs() {
        return civilAffairs;
    }
}
