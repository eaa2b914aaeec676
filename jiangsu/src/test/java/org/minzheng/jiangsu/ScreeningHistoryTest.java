package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.rule.Screening;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRunListener;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;

/**
 * A case opened by the monthly run's screening has the history its own steps give — {@code Case.open} with the
 * application, then, for a program that starts what it finds, {@code review}, {@code approve} and {@code activate} at
 * the start of the month with the program's reason and approval level — although the run makes those entries once
 * per program and month and shares them between its cases (decision record 0431).
 */
class ScreeningHistoryTest {

    private static final String ACTOR = "minzheng-monthly-run";

    @Test
    void casesOpenedByScreeningHaveTheHistoryTheirStepsGive() {
        Storage store = InMemoryStorage.create(ParallelMonthlyRunTest.CLOCK);
        ParallelMonthlyRunTest.load(store);
        CivilAffairs ca = ParallelMonthlyRunTest.runtime(store);
        YearMonth month = YearMonth.of(2022, 1);
        ca.runMonth(month, ParallelMonthlyRunTest.DANTU, MonthlyRunListener.NONE, 1);

        List<Case> opened = ParallelMonthlyRunTest.cases(store).values().stream()
                .filter(c -> c.history().get(0).reason().startsWith("found by screening in " + month)).toList();
        assertThat(opened).hasSizeGreaterThan(10);
        int started = 0;
        for (Case c : opened) {
            Transition first = c.history().get(0);
            Case expected = Case.open(c.id(), c.program(), c.subject(), c.region(), c.applicant(),
                    Transition.application(ACTOR, first.at(), first.reason(), first.level()));
            // what the program declares, not what the case shows: a program that starts what it finds has all four
            var monthly = ca.programs().forRegion(c.program(), c.region()).monthly();
            assertThat(first.level()).as(c.id().value()).isEqualTo(monthly.approval());
            if (monthly.screening().action() == Screening.Action.START) {
                expected = expected.review(ACTOR, first.at(), first.reason())
                        .approve(first.level(), ACTOR, first.at(), first.reason())
                        .activate(first.level(), ACTOR, first.at(), first.reason());
                started++;
            }
            int n = expected.history().size();
            assertThat(c.history().subList(0, n)).as(c.id().value()).isEqualTo(expected.history());
            assertThat(c.version()).as(c.id().value()).isEqualTo(1);
        }
        assertThat(started).isPositive();
    }
}
