package org.minzheng.core.cases;

import org.minzheng.core.programs.NationalPrograms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.ModelFixtures.GAOQIAO;
import static org.minzheng.core.testing.ModelFixtures.NOW;
import static org.minzheng.core.testing.Violated.single;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

class CaseTest {

    private static final CaseId ID = CaseId.of("c-1");
    private static final ApprovalLevel T = ApprovalLevel.TOWNSHIP;
    private static final ApprovalLevel C = ApprovalLevel.COUNTY;

    /** The legal moves, written out independently of {@link CaseState#successors()}. */
    private static final Map<CaseState, Set<CaseState>> LEGAL = Map.of(
            CaseState.APPLIED, EnumSet.of(CaseState.REVIEWED, CaseState.REJECTED),
            CaseState.REVIEWED, EnumSet.of(CaseState.APPROVED, CaseState.REJECTED),
            CaseState.APPROVED, EnumSet.of(CaseState.ACTIVE, CaseState.TERMINATED),
            CaseState.ACTIVE, EnumSet.of(CaseState.SUSPENDED, CaseState.IN_GRACE, CaseState.TERMINATED),
            CaseState.SUSPENDED, EnumSet.of(CaseState.ACTIVE, CaseState.TERMINATED),
            CaseState.IN_GRACE, EnumSet.of(CaseState.ACTIVE, CaseState.TERMINATED),
            CaseState.TERMINATED, EnumSet.noneOf(CaseState.class),
            CaseState.REJECTED, EnumSet.noneOf(CaseState.class));

    private static Case applied() {
        return Case.open(ID, NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of("h-1")), GAOQIAO,
                PersonId.of("p-head"), Transition.application("op-1", NOW, "本人申请", T));
    }

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    /** A case brought into {@code state} by the shortest legal path. */
    static Case inState(CaseState state) {
        Case c = applied();
        List<CaseState> path = switch (state) {
            case APPLIED -> List.of();
            case REVIEWED -> List.of(CaseState.REVIEWED);
            case REJECTED -> List.of(CaseState.REJECTED);
            case APPROVED -> List.of(CaseState.REVIEWED, CaseState.APPROVED);
            case ACTIVE -> List.of(CaseState.REVIEWED, CaseState.APPROVED, CaseState.ACTIVE);
            case SUSPENDED, IN_GRACE -> List.of(CaseState.REVIEWED, CaseState.APPROVED, CaseState.ACTIVE, state);
            case TERMINATED -> List.of(CaseState.REVIEWED, CaseState.APPROVED, CaseState.TERMINATED);
        };
        int minute = 1;
        for (CaseState s : path) {
            c = c.moveTo(s, s == CaseState.REVIEWED ? T : C, "op-" + minute, at(minute++), "步骤 " + s.code());
        }
        return c;
    }

    static Stream<Arguments> allPairs() {
        List<Arguments> out = new ArrayList<>();
        for (CaseState from : CaseState.values()) {
            for (CaseState to : CaseState.values()) {
                out.add(Arguments.of(from, to));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void moveTo_everyPair_legalOnlyIfInTable(CaseState from, CaseState to) {
        Case c = inState(from);
        assertThat(c.state()).isEqualTo(from);
        assertThat(from.canMoveTo(to)).isEqualTo(LEGAL.get(from).contains(to));
        ApprovalLevel level = to == CaseState.REVIEWED ? T : C;
        if (LEGAL.get(from).contains(to)) {
            Case next = c.moveTo(to, level, "op-x", at(100), "原因");
            assertThat(next.state()).isEqualTo(to);
            assertThat(next.history()).hasSize(c.history().size() + 1);
            assertThat(next.history().subList(0, c.history().size())).isEqualTo(c.history());
            Transition last = next.history().get(next.history().size() - 1);
            assertThat(last.from()).contains(from);
            assertThat(last).extracting(Transition::operator, Transition::at, Transition::reason,
                    Transition::level).containsExactly("op-x", at(100), "原因", level);
            assertThat(next.version()).isEqualTo(c.version());
            assertThat(c.state()).as("original unchanged").isEqualTo(from);
        } else {
            assertThatThrownBy(() -> c.moveTo(to, level, "op-x", at(100), "原因"))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.caseId()).isEqualTo(ID);
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                        assertThat(e.getMessage()).contains(from.code(), to.code());
                        assertThat(e.messageZh()).contains(from.chineseName(), to.chineseName());
                    });
        }
    }

    @Test
    void finalStates_haveNoSuccessors() {
        for (CaseState s : CaseState.values()) {
            assertThat(s.isFinal()).isEqualTo(s.successors().isEmpty());
        }
        assertThat(CaseState.IN_GRACE.isPaying()).isTrue();
        assertThat(CaseState.SUSPENDED.isPaying()).isFalse();
    }

    @Test
    void namedTransitions_followTheDibaoFlow() {
        Case c = applied().review("op-t", at(1), "材料齐全")
                .approve(C, "op-c", at(2), "符合条件")
                .activate(C, "op-c", at(3), "次月起发放")
                .enterGrace(C, "op-c", at(4), "就业增收，渐退")
                .resume(C, "op-c", at(5), "收入回落")
                .suspend(T, "op-t", at(6), "复核中")
                .resume(C, "op-c", at(7), "复核通过")
                .terminate(C, "op-c", at(8), "死亡");
        assertThat(c.history()).extracting(Transition::to).containsExactly(CaseState.APPLIED,
                CaseState.REVIEWED, CaseState.APPROVED, CaseState.ACTIVE, CaseState.IN_GRACE,
                CaseState.ACTIVE, CaseState.SUSPENDED, CaseState.ACTIVE, CaseState.TERMINATED);
        assertThat(c.approvalLevel()).contains(C);
        assertThat(c.appliedAt()).isEqualTo(NOW);
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.withVersion(9).version()).isEqualTo(9);
        assertThat(c.withVersion(9).history()).isEqualTo(c.history());
    }

    @Test
    void approve_byTownshipWhereDelegated_recordsTownshipLevel() {
        Case c = applied().review("op-t", at(1), "审核").approve(T, "op-t", at(2), "授权审批");
        assertThat(c.approvalLevel()).contains(T);
        assertThat(applied().approvalLevel()).isEmpty();
        assertThat(applied().reject(T, "op", at(1), "不符合").state()).isEqualTo(CaseState.REJECTED);
    }

    @Test
    void review_atCountyLevel_reportsLevel() {
        single(() -> applied().moveTo(CaseState.REVIEWED, C, "op", at(1), "审核"), "level", "level");
    }

    @Test
    void moveTo_blankOperatorAndReason_reportsBoth() {
        assertThat(org.minzheng.core.testing.Violated.violations(
                () -> applied().review(" ", at(1), "")))
                .extracting(v -> v.path() + ":" + v.rule())
                .containsExactly("operator:not-blank", "reason:not-blank");
    }

    @Test
    void moveTo_backInTime_reportsOrder() {
        single(() -> applied().review("op", NOW.minusSeconds(1), "审核"), "at", "order");
    }

    @Test
    void transition_illegalPair_reportsTransition() {
        single(() -> Transition.of(CaseState.APPLIED, CaseState.ACTIVE, "op", NOW, "x", C), "to",
                "transition");
        single(() -> new Transition(java.util.Optional.empty(), CaseState.ACTIVE, "op", NOW, "x", C),
                "to", "transition");
    }

    @Test
    void build_historyNotContinuous_reportsHistory() {
        Case c = inState(CaseState.APPROVED);
        List<Transition> broken = new ArrayList<>(c.history());
        broken.remove(1); // drop the review: APPLIED then REVIEWED->APPROVED
        single(() -> c.toBuilder().history(broken).build(), "history[1].from", "history");
    }

    @Test
    void build_historyNotStartingWithApplication_reportsHistory() {
        Case c = inState(CaseState.REVIEWED);
        single(() -> c.toBuilder().history(c.history().subList(1, 2)).build(), "history[0].from",
                "history");
    }

    @Test
    void build_emptyHistory_reportsRequired() {
        single(() -> applied().toBuilder().history(List.of()).build(), "history", "required");
    }

    @Test
    void build_historyBackInTime_reportsOrder() {
        Case c = applied();
        Transition early = Transition.of(CaseState.APPLIED, CaseState.REVIEWED, "op",
                NOW.minusSeconds(60), "审核", T);
        single(() -> c.toBuilder().transition(early).build(), "history[1].at", "order");
    }

    @Test
    void build_entryAfterClock_reportsNotInFuture() {
        Clock clock = Clock.fixed(NOW.minusSeconds(1), ZoneOffset.UTC);
        single(() -> applied().toBuilder().clock(clock).build(), "history[0].at", "not-in-future");
    }

    @Test
    void build_anySubjectKind_theRuntimeChecksItAgainstTheProgram() {
        Case tekun = applied().toBuilder().program(NationalPrograms.TEKUN)
                .subject(SubjectRef.person(PersonId.of("p-1"))).build();
        assertThat(tekun.subject().person()).contains(PersonId.of("p-1"));
        assertThat(tekun.subject().household()).isEmpty();
    }

    @Test
    void build_missingFields_reportsAllAtOnce() {
        assertThat(org.minzheng.core.testing.Violated.violations(() -> Case.builder().version(-1).build()))
                .extracting(v -> v.path() + ":" + v.rule())
                .containsExactly("id:required", "program:required", "subject:required",
                        "region:required", "applicant:required", "history:required",
                        "version:non-negative");
    }

    @Test
    void subjectRef_ofStoredForm_equalsFactory() {
        assertThat(SubjectRef.of(org.minzheng.core.program.SubjectKind.HOUSEHOLD, "h-1"))
                .isEqualTo(SubjectRef.household(HouseholdId.of("h-1")))
                .hasToString("household:h-1");
    }

    @Test
    void stateAndLastChangeAreThoseOfTheLastHistoryEntry_andAVersionCopyChangesOnlyTheVersion() {
        // decision record 0430: kept as fields, and withVersion without a second check
        Case c = applied().review("op-2", at(1), "审核").approve(C, "op-3", at(2), "批准");
        assertThat(c.state()).isEqualTo(c.history().get(c.history().size() - 1).to()).isEqualTo(CaseState.APPROVED);
        assertThat(c.lastChangedAt()).isEqualTo(at(2));
        assertThat(applied().lastChangedAt()).isEqualTo(NOW);
        Case v3 = c.withVersion(3);
        assertThat(v3).isEqualTo(c.toBuilder().version(3).build());
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.state()).isEqualTo(CaseState.APPROVED);
        assertThat(v3.lastChangedAt()).isEqualTo(at(2));
        assertThat(c.withVersion(0)).isEqualTo(c);
        assertThatThrownBy(() -> c.withVersion(-1)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("version");
    }
}
