package org.minzheng.runtime;

import java.time.YearMonth;

import org.minzheng.core.identity.RegionCode;

/**
 * Observes a monthly run (运行进度监听): a progress bar, a metrics exporter. Methods are called on
 * the thread running the month, in order; they should return quickly and must not throw (an
 * exception from a listener is logged and ignored). Every method has an empty default.
 */
public interface MonthlyRunListener {

    /** A listener that does nothing. */
    MonthlyRunListener NONE = new MonthlyRunListener() { };

    /**
     * The run has loaded the region's cases and starts assessing.
     *
     * @param month the month
     * @param region the region
     * @param cases the number of cases to assess
     */
    default void started(YearMonth month, RegionCode region, int cases) {
    }

    /**
     * Some cases were processed (and, if storage accepted them, committed).
     *
     * @param done cases processed so far
     * @param total cases to process
     */
    default void progress(int done, int total) {
    }

    /**
     * A case failed; the run goes on.
     *
     * @param failure what failed
     */
    default void failed(RunFailure failure) {
    }

    /**
     * The run finished.
     *
     * @param run its summary
     */
    default void finished(MonthlyRun run) {
    }
}
