package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.ModelFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;

class HouseholdTest {

    private static List<Violation> violations(Household.Builder b) {
        try {
            b.build();
        } catch (InvalidRecordException e) {
            return e.violations();
        }
        throw new AssertionError("expected InvalidRecordException");
    }

    @Test
    void build_validHousehold_exposesMembersHeadAndIncomes() {
        Household h = household().asOf(TODAY).build();
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.head().id()).isEqualTo(PersonId.of("p-head"));
        assertThat(h.monthlyIncome(IncomeKind.WAGE)).isEqualTo(Money.of("1200.00"));
        assertThat(h.countableMonthlyIncome()).isEqualTo(Money.of("1200.00"));
        assertThat(h.toBuilder().build()).isEqualTo(h);
    }

    @Test
    void toString_masksNamesAndAddress() {
        String s = household().build().toString();
        assertThat(s).doesNotContain("张建国", "李秀英", "张小明", "某村").contains("张**", "李**");
    }

    @Test
    void build_twoHeads_reportsExactlyOneHeadOnMembers() {
        List<Violation> v = violations(household().member(
                person("p-x", "王五", LocalDate.of(1960, 1, 1), 45), Relation.HEAD));
        assertThat(v).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("members", "exactly-one-head"));
    }
}
