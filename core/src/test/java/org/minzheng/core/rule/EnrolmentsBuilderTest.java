package org.minzheng.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

/**
 * The enrolments builder hands its maps to the result (decision record 0433): a result never changes when the builder
 * is used again, a subject's programs accumulate, and the sets given out cannot be changed.
 */
class EnrolmentsBuilderTest {

    private static final HouseholdId H1 = HouseholdId.of("h-1");
    private static final HouseholdId H2 = HouseholdId.of("h-2");
    private static final PersonId P1 = PersonId.of("p-1");

    @Test
    void aResultDoesNotChangeWhenTheBuilderIsUsedAgain() {
        Enrolments.Builder b = Enrolments.builder().household(H1, NationalPrograms.DIBAO)
                .subject(SubjectRef.person(P1), NationalPrograms.SENIOR_ALLOWANCE);
        Enrolments first = b.build();
        b.household(H1, NationalPrograms.TEKUN).household(H2, NationalPrograms.DIBAO)
                .person(P1, NationalPrograms.DIBAO);
        Enrolments second = b.build();

        assertThat(first.ofHousehold(H1)).containsExactly(NationalPrograms.DIBAO);
        assertThat(first.householdIn(H2, NationalPrograms.DIBAO)).isFalse();
        assertThat(first.ofPerson(P1)).containsExactly(NationalPrograms.SENIOR_ALLOWANCE);
        assertThat(second.ofHousehold(H1)).containsExactlyInAnyOrder(NationalPrograms.DIBAO, NationalPrograms.TEKUN);
        assertThat(second.householdIn(H2, NationalPrograms.DIBAO)).isTrue();
        assertThat(second.ofPerson(P1))
                .containsExactlyInAnyOrder(NationalPrograms.SENIOR_ALLOWANCE, NationalPrograms.DIBAO);
        // a third result equal to the second, built again without changes in between
        assertThat(b.build()).isEqualTo(second).isNotEqualTo(first);
    }

    @Test
    void aProgramAddedTwiceIsThereOnceAndTheSetsCannotBeChanged() {
        Enrolments e = Enrolments.builder().household(H1, NationalPrograms.DIBAO).household(H2, NationalPrograms.DIBAO)
                .household(H1, NationalPrograms.DIBAO).build();
        assertThat(e.ofHousehold(H1)).isEqualTo(Set.of(NationalPrograms.DIBAO));
        assertThat(e.ofHousehold(H2)).isEqualTo(Set.of(NationalPrograms.DIBAO));
        assertThatThrownBy(() -> e.ofHousehold(H1).add(NationalPrograms.TEKUN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Enrolments.builder().build()).isSameAs(Enrolments.none());
    }
}
