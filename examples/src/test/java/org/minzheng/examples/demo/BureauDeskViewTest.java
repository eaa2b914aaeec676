package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.PersonId;

/**
 * The desk reads a case as it stood when the month's work began (decision 0381): what a resumed month finds
 * written after that moment — the month's own run, a later month's — is not seen, so a resumed run decides as an
 * uninterrupted one did.
 */
class BureauDeskViewTest {

    private static final YearMonth DECEMBER = YearMonth.of(2021, 12);
    private static final Instant START = at(DECEMBER, 1, 0);
    private static final Instant NEXT = at(DECEMBER.plusMonths(1), 1, 0);

    private static Instant at(YearMonth m, int day, int hour) {
        return m.atDay(day).atTime(hour, 0).atZone(DistrictDemo.CST).toInstant();
    }

    /** A 低保 case of a person approved in November by the desk. */
    private static Case approvedInNovember() {
        YearMonth nov = DECEMBER.minusMonths(1);
        return Case.open(CaseId.of("DB-P1-202111"), NationalPrograms.DIBAO, SubjectRef.person(PersonId.of("P1")),
                        DantuDistrict.REGION, PersonId.of("P1"),
                        Transition.application("窗口受理", at(nov, 5, 9), "申请", ApprovalLevel.TOWNSHIP))
                .review("镇街审核", at(nov, 8, 9), "入户调查")
                .approve(ApprovalLevel.COUNTY, "区民政局", at(nov, 20, 15), "审批通过");
    }

    @Test
    void stateAtDesk_ignoresWhatTheMonthsRunWroteAfterTheDesk() {
        Case c = approvedInNovember();
        // the December run (already done by a killed attempt) started and then ended the case
        Case afterRun = c.activate(ApprovalLevel.COUNTY, "minzheng-monthly-run", START, "start")
                .terminate(ApprovalLevel.COUNTY, "minzheng-monthly-run", START, "income rose");
        assertThat(afterRun.state()).isEqualTo(CaseState.TERMINATED);
        assertThat(Bureau.stateAtDesk(afterRun, START, NEXT)).isEqualTo(CaseState.APPROVED);
        assertThat(Bureau.stateAtDesk(c, START, NEXT)).isEqualTo(c.state());
    }

    @Test
    void stateAtDesk_seesTheLeaversTerminationTheDeskWroteFirst() {
        Case c = approvedInNovember().terminate(ApprovalLevel.COUNTY, "区民政局", at(DECEMBER, 12, 17), Bureau.MOVED_OUT);
        assertThat(Bureau.stateAtDesk(c, START, NEXT)).isEqualTo(CaseState.TERMINATED);
        // a move out in January is not seen in December (a resumed December with January's writes present)
        Case january = approvedInNovember().terminate(ApprovalLevel.COUNTY, "区民政局", at(DECEMBER.plusMonths(1), 12, 17),
                Bureau.MOVED_OUT);
        assertThat(Bureau.stateAtDesk(january, START, NEXT)).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void stateAtDesk_isNullForACaseOpenedLater() {
        Case december = Case.open(CaseId.of("HC-P2-202112"), NationalPrograms.HOME_CARE, SubjectRef.person(PersonId.of("P2")),
                DantuDistrict.REGION, PersonId.of("P2"),
                Transition.application("minzheng-monthly-run", START, "排查", ApprovalLevel.TOWNSHIP));
        assertThat(Bureau.stateAtDesk(december, START, NEXT)).isNull();
    }
}
