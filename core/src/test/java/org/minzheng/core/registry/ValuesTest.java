package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minzheng.core.testing.ModelFixtures.idNumber;
import static org.minzheng.core.testing.Violated.single;
import static org.minzheng.core.testing.Violated.violations;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;

class ValuesTest {

    @Test
    void income_negative_reportsNonNegative() {
        Violation v = single(() -> Income.of(IncomeKind.WAGE, Money.of("-0.01")), "monthlyAmount",
                "non-negative");
        assertThat(v.invalidValue()).contains("-0.01");
    }

    @Test
    void assets_negativeEverywhere_reportsEachComponent() {
        Money minus = Money.of("-1.00");
        assertThat(violations(() -> new Assets(minus, minus, -1, minus, -2, minus)))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("deposits", "non-negative"), tuple("securities", "non-negative"),
                        tuple("vehicles", "non-negative"), tuple("vehiclesValue", "non-negative"),
                        tuple("realEstate", "non-negative"), tuple("realEstateValue", "non-negative"));
    }

    @Test
    void assets_withers_changeOneComponent() {
        Assets a = Assets.NONE.withDeposits(Money.of("5000.00")).withSecurities(Money.of("10.00"))
                .withVehicles(1, Money.of("30000.00")).withRealEstate(2, Money.of("500000.00"));
        assertThat(a.financialAssets()).isEqualTo(Money.of("5010.00"));
        assertThat(a.vehicles()).isEqualTo(1);
        assertThat(a.realEstate()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "-1"})
    void disability_gradeOutOfRange_reportsRange(int grade) {
        single(() -> Disability.of(DisabilityCategory.VISUAL, grade), "grade", "range");
    }

    @Test
    void disability_certificateWithOtherGrade_reportsMatchesCertificate() {
        DisabilityCertificateNumber c = DisabilityCertificateNumber.parse(
                idNumber(LocalDate.of(1980, 1, 1), 13).value() + "53");
        single(() -> new Disability(DisabilityCategory.INTELLECTUAL, 2, Optional.of(c)), "certificate",
                "matches-certificate");
        assertThat(Disability.of(c).grade()).isEqualTo(3);
        assertThat(Disability.of(c).isSevere()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, ABLE", "1, PARTIALLY_LOST", "3, PARTIALLY_LOST", "4, FULLY_LOST", "6, FULLY_LOST"})
    void selfCare_ability_followsNumberOfActivitiesLost(int lost, SelfCareAbility expected) {
        ActivityOfDailyLiving[] all = ActivityOfDailyLiving.values();
        ActivityOfDailyLiving[] some = java.util.Arrays.copyOf(all, lost);
        assertThat(SelfCare.losing(some).ability()).isEqualTo(expected);
        assertThat(SelfCare.losing(some).lostCount()).isEqualTo(lost);
    }

    @Test
    void selfCareAbility_outOfRange_throws() {
        assertThatThrownBy(() -> SelfCareAbility.ofLostActivities(7))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selfCare_lostSet_isImmutableCopy() {
        java.util.Set<ActivityOfDailyLiving> lost = new java.util.HashSet<>(Set.of(ActivityOfDailyLiving.EATING));
        SelfCare s = new SelfCare(lost, Optional.empty(), Optional.empty());
        lost.add(ActivityOfDailyLiving.BATHING);
        assertThat(s.lost()).containsExactly(ActivityOfDailyLiving.EATING);
        assertThatThrownBy(() -> s.lost().add(ActivityOfDailyLiving.DRESSING))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void personStatus_lastedAtLeast_countsFromSince() {
        PersonStatus s = PersonStatus.of(StatusKind.LOST_CONTACT, LocalDate.of(2022, 3, 1));
        assertThat(s.lastedAtLeast(Period.ofMonths(6), LocalDate.of(2022, 9, 1))).isTrue();
        assertThat(s.lastedAtLeast(Period.ofMonths(6), LocalDate.of(2022, 8, 31))).isFalse();
        assertThat(StatusKind.DETAINED.deprivesOfLiberty()).isTrue();
        assertThat(StatusKind.WORKING_AWAY.deprivesOfLiberty()).isFalse();
    }

    @Test
    void ids_blank_reportNotBlank() {
        single(() -> PersonId.of(" "), "value", "not-blank");
        single(() -> HouseholdId.of(""), "value", "not-blank");
        assertThatThrownBy(() -> PersonId.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(PersonId.of("p-1")).hasToString("p-1").isEqualTo(new PersonId("p-1"));
    }

    @Test
    void relation_ageRules() {
        assertThat(Relation.CHILD.youngerThanHead()).isTrue();
        assertThat(Relation.GRANDCHILD.youngerThanHead()).isTrue();
        assertThat(Relation.PARENT.olderThanHead()).isTrue();
        assertThat(Relation.GRANDPARENT.olderThanHead()).isTrue();
        assertThat(Relation.SIBLING.youngerThanHead() || Relation.SIBLING.olderThanHead()).isFalse();
    }
}
