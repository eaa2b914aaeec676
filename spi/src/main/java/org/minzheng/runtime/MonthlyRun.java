package org.minzheng.runtime;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;

/**
 * The summary of a monthly run (月度运行结果) of {@code CivilAffairs.runMonth}: per program the
 * cases assessed, paid, changed and failed and the amount for the month; every change with its
 * reason; every failure with its reason.
 *
 * <p>A run is idempotent: running the same month again writes no new ledger entry for an amount
 * already posted ({@link ProgramRun#alreadyPosted()}), and completes what an interrupted run
 * left undone.
 *
 * @param month the month run
 * @param region the region
 * @param programs per program, only programs with cases
 * @param changes the state changes made, in processing order
 * @param failures the failures, in processing order
 * @param complete false if the run stopped early because its thread was interrupted
 * @param elapsed the wall time of the run
 */
public record MonthlyRun(YearMonth month, RegionCode region, Map<ProgramCode, ProgramRun> programs,
                         List<CaseChange> changes, List<RunFailure> failures, boolean complete,
                         Duration elapsed) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public MonthlyRun {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        programs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(programs, "programs")));
        changes = List.copyOf(changes);
        failures = List.copyOf(failures);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Cases assessed over all programs.
     *
     * @return the count
     */
    public int assessed() {
        return programs.values().stream().mapToInt(ProgramRun::assessed).sum();
    }

    /**
     * Ledger entries written by this run.
     *
     * @return the count (0 when the month had already been run completely)
     */
    public int posted() {
        return programs.values().stream().mapToInt(ProgramRun::posted).sum();
    }

    /**
     * Entries found already posted by an earlier run of the month.
     *
     * @return the count
     */
    public int alreadyPosted() {
        return programs.values().stream().mapToInt(ProgramRun::alreadyPosted).sum();
    }

    /**
     * The amount for the month over all programs.
     *
     * @return the total
     */
    public Money amount() {
        return programs.values().stream().map(ProgramRun::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * The figures of one program.
     *
     * @param program the program
     * @return its figures, all zero if it had no cases
     */
    public ProgramRun program(ProgramCode program) {
        return programs.getOrDefault(program, new ProgramRun(program, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO));
    }
}
