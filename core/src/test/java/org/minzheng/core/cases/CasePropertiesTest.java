package org.minzheng.core.cases;

import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.ProgramRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.ModelFixtures.GAOQIAO;
import static org.minzheng.core.testing.ModelFixtures.NOW;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of cases: random legal walks through the state machine build, keep their whole
 * history and round-trip through the builder; random moves from a state are legal exactly when
 * the table says so; corrupted histories are reported as {@link InvalidRecordException}.
 */
class CasePropertiesTest {

    private static final int EXAMPLES = 300;

    /** Random cases: any program, a walk of up to 12 random legal steps. */
    static final Gen<Case> CASES = in -> {
        ProgramRule<?> rule = BuiltInPrograms.all().get(Generate.range(0, BuiltInPrograms.all().size() - 1).generate(in));
        ProgramCode program = rule.programCode();
        SubjectRef subject = rule.subjectKind() == SubjectKind.HOUSEHOLD
                ? SubjectRef.household(HouseholdId.of("h-1")) : SubjectRef.person(PersonId.of("p-1"));
        Case c = Case.open(CaseId.of("c-" + Generate.range(1, 999).generate(in)), program, subject,
                GAOQIAO, PersonId.of("p-1"), Transition.application("op", NOW, "申请", ApprovalLevel.TOWNSHIP));
        int steps = Generate.range(0, 12).generate(in);
        for (int i = 0; i < steps && !c.state().isFinal(); i++) {
            List<CaseState> next = new ArrayList<>(c.state().successors());
            next.sort(null);
            CaseState to = next.get(Generate.range(0, next.size() - 1).generate(in));
            ApprovalLevel level = to == CaseState.REVIEWED ? ApprovalLevel.TOWNSHIP
                    : ApprovalLevel.values()[Generate.range(0, 1).generate(in)];
            c = c.moveTo(to, level, "op-" + i,
                    c.history().get(c.history().size() - 1).at().plus(
                            Duration.ofMinutes(Generate.range(0, 10_000).generate(in))),
                    "步骤" + i);
        }
        return c.withVersion(Generate.range(0, 50).generate(in));
    };

    @Test
    void legalWalk_buildsAndRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
            assertThat(c.toBuilder().build()).isEqualTo(c);
            assertThat(c.state()).isEqualTo(c.history().get(c.history().size() - 1).to());
            for (int i = 1; i < c.history().size(); i++) {
                assertThat(c.history().get(i).from()).contains(c.history().get(i - 1).to());
            }
        });
    }

    @Test
    void anyMove_isLegalExactlyWhenTheTableAllowsIt() {
        qt().withExamples(EXAMPLES).forAll(CASES, Generate.enumValues(CaseState.class)).checkAssert((c, to) -> {
            Instant later = c.history().get(c.history().size() - 1).at().plusSeconds(60);
            if (c.state().successors().contains(to)) {
                assertThat(c.moveTo(to, ApprovalLevel.TOWNSHIP, "op", later, "x").state()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> c.moveTo(to, ApprovalLevel.TOWNSHIP, "op", later, "x"))
                        .isInstanceOf(IllegalTransitionException.class);
            }
        });
    }


    @Test
    void corruptedHistory_isReportedAsInvalidRecord() {
        List<java.util.function.Function<Case, Case.Builder>> corruptions = List.of(
                c -> c.toBuilder().history(c.history().subList(1, c.history().size())),
                c -> c.toBuilder().transition(c.history().get(c.history().size() - 1)),
                c -> c.toBuilder().transition(c.history().get(0)),
                c -> c.toBuilder().history(List.of()),
                c -> c.toBuilder().version(-1),
                c -> c.toBuilder().clock(java.time.Clock.fixed(NOW.minusSeconds(1), java.time.ZoneOffset.UTC)));
        qt().withExamples(EXAMPLES).forAll(CASES, Generate.range(0, corruptions.size() - 1))
                .checkAssert((c, i) -> assertThatThrownBy(() -> corruptions.get(i).apply(c).build())
                        .isInstanceOf(InvalidRecordException.class));
    }
}
