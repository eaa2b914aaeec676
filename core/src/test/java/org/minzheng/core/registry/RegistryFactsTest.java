package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.Violated.single;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;

/** The facts of issue 12 on persons and households: validation, order, look-ups and masking. */
class RegistryFactsTest {

    static Person.Builder person() {
        return Person.builder().id("p-1").name("王小明").birthDate(LocalDate.of(2004, 6, 1)).gender(Gender.MALE)
                .hukou(HukouType.RURAL);
    }

    static Relative spouse() {
        return Relative.of(RelativeKind.SPOUSE, Gender.FEMALE, LocalDate.of(2003, 1, 1));
    }

    @Test
    void relatives_atMostOneSpouse_andNeverThePersonItself() {
        single(() -> person().relative(spouse()).relative(spouse()).build(), "relatives[1].kind", "at-most-one-spouse");
        single(() -> person().relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(2022, 1, 1))
                .withPerson(PersonId.of("p-1"))).build(), "relatives[0].person", "not-self");
        Person p = person().relative(spouse())
                .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1970, 1, 1))).build();
        assertThat(p.relatives(RelativeKind.PARENT)).hasSize(1);
        assertThat(p.relatives(RelativeKind.CHILD)).isEmpty();
    }

    @Test
    void relative_rejectsAStatusBeforeBirth_andANegativeIncome() {
        assertThatThrownBy(() -> spouse().withStatus(PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2002, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spouse().withAnnualIncome(Money.of("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(spouse().withPerson(PersonId.of("x")).toString()).contains("born 2003").doesNotContain("2003-01-01");
    }

    @Test
    void relatives_inTheFuture_areRejectedWithAClock() {
        // a relative born after today also has a status (at home since birth) starting after today: both reported
        assertThat(org.minzheng.core.testing.Violated.violations(() -> person().asOf(LocalDate.of(2022, 10, 1))
                .relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(2023, 1, 1))).build()))
                .extracting(org.minzheng.core.invariant.Violation::path)
                .containsExactly("relatives[0].birthDate", "relatives[0].status.since");
    }

    @Test
    void capabilityAssessments_onePerDay_notBeforeBirth_sortedAndLookedUpByDate() {
        CapabilityRecord a = new CapabilityRecord(LocalDate.of(2022, 5, 6), 52, CapabilityLevel.MODERATE);
        CapabilityRecord b = new CapabilityRecord(LocalDate.of(2021, 3, 4), 70, CapabilityLevel.MILD);
        single(() -> person().capabilityAssessment(a).capabilityAssessment(
                new CapabilityRecord(a.assessedOn(), 60, CapabilityLevel.MODERATE)).build(),
                "capabilityAssessments[1].assessedOn", "one-per-day");
        single(() -> person().capabilityAssessment(new CapabilityRecord(LocalDate.of(2000, 1, 1), 90,
                CapabilityLevel.INTACT)).build(), "capabilityAssessments[0].assessedOn", "order");
        assertThatThrownBy(() -> new CapabilityRecord(a.assessedOn(), 91, CapabilityLevel.INTACT))
                .isInstanceOf(IllegalArgumentException.class);
        Person p = person().capabilityAssessment(a).capabilityAssessment(b).build();
        assertThat(p.capabilityAssessments()).containsExactly(b, a);
        assertThat(p.capabilityOn(LocalDate.of(2021, 3, 3))).isEmpty();
        assertThat(p.capabilityOn(LocalDate.of(2021, 3, 4))).contains(b);
        assertThat(p.capabilityOn(LocalDate.of(2022, 10, 31))).contains(a);
    }

    @Test
    void schoolEnrolments_orderAndTheDayOfLeaving() {
        assertThatThrownBy(() -> SchoolEnrolment.between(SchoolLevel.PRIMARY, LocalDate.of(2012, 9, 1),
                LocalDate.of(2012, 8, 31))).isInstanceOf(IllegalArgumentException.class);
        single(() -> person().schoolEnrolment(SchoolEnrolment.since(SchoolLevel.PRIMARY, LocalDate.of(2000, 9, 1)))
                .build(), "schoolEnrolments[0].from", "order");
        SchoolEnrolment junior = SchoolEnrolment.between(SchoolLevel.JUNIOR_SECONDARY, LocalDate.of(2016, 9, 1),
                LocalDate.of(2019, 6, 30));
        SchoolEnrolment senior = SchoolEnrolment.since(SchoolLevel.SENIOR_SECONDARY, LocalDate.of(2019, 9, 1));
        Person p = person().schoolEnrolment(senior).schoolEnrolment(junior).build();
        assertThat(p.schoolEnrolments()).containsExactly(junior, senior);
        assertThat(p.schoolOn(LocalDate.of(2019, 6, 30))).contains(junior);
        assertThat(p.schoolOn(LocalDate.of(2019, 7, 1))).isEmpty();
        assertThat(p.schoolOn(LocalDate.of(2022, 10, 31))).contains(senior);
    }

    @Test
    void placementLivingSituationAndHiv_areOptionalAndKeptByToBuilder_butHivNeverShown() {
        Person p = person().placement(Placement.KINSHIP_CARE).livingSituation(LivingSituation.EMPTY_NEST)
                .hivInfected(true).build();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.toString()).doesNotContainIgnoringCase("hiv").doesNotContain("王小明");
        assertThat(person().build().placement()).isEmpty();
        assertThat(Placement.KINSHIP_CARE.institutional()).isFalse();
        assertThat(LivingArrangement.of(LivingSituation.WITH_FAMILY)).isEqualTo(LivingArrangement.OTHER);
        assertThat(LivingArrangement.of(LivingSituation.LIVING_ALONE)).isEqualTo(LivingArrangement.LIVING_ALONE);
        assertThat(p.toBuilder().placement(Optional.empty()).build()).isNotEqualTo(p);
    }

    @Test
    void rigidExpenditures_onePerKindAndMonth_notNegative_summedOverMonths() {
        Person head = person().build();
        java.util.function.Supplier<Household.Builder> h = () -> Household.builder().id("h-1").region(org.minzheng.core.identity.RegionCode.parse("321112"))
                .address("高资街道1号").hukou(HukouType.RURAL).member(head, Relation.HEAD).assets(Assets.NONE);
        RigidExpenditure aug = new RigidExpenditure(ExpenditureKind.MEDICAL, YearMonth.of(2022, 8), Money.of("2300.40"));
        single(() -> h.get().rigidExpenditure(aug).rigidExpenditure(aug).build(), "rigidExpenditures[1]",
                "one-per-kind-and-month");
        assertThatThrownBy(() -> new RigidExpenditure(ExpenditureKind.EDUCATION, YearMonth.of(2022, 8),
                Money.of("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        single(() -> h.get().asOf(LocalDate.of(2022, 8, 31)).rigidExpenditure(new RigidExpenditure(
                ExpenditureKind.MEDICAL, YearMonth.of(2022, 9), Money.of("1"))).build(), "rigidExpenditures[0].month",
                "not-in-future");
        Household built = h.get()
                .rigidExpenditure(new RigidExpenditure(ExpenditureKind.EDUCATION, YearMonth.of(2022, 9), Money.of("800")))
                .rigidExpenditure(aug).build();
        assertThat(built.rigidExpenditures()).first().isEqualTo(aug);
        assertThat(built.rigidExpenditure(YearMonth.of(2022, 8), YearMonth.of(2022, 9))).isEqualTo(Money.of("3100.40"));
        assertThat(built.rigidExpenditure(YearMonth.of(2022, 9), YearMonth.of(2022, 12))).isEqualTo(Money.of("800.00"));
    }

    @Test
    void property_capabilityOn_isTheLatestAssessmentNotAfterTheDate() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 3000)).ofSizeBetween(0, 6),
                integers().between(0, 3200)).checkAssert((days, probe) -> {
                    LocalDate base = LocalDate.of(2010, 1, 1);
                    List<Integer> distinct = days.stream().distinct().toList();
                    Person.Builder b = person();
                    for (int d : distinct) {
                        b.capabilityAssessment(new CapabilityRecord(base.plusDays(d), 45, CapabilityLevel.SEVERE));
                    }
                    Person p = b.build();
                    LocalDate on = base.plusDays(probe);
                    Optional<LocalDate> expected = distinct.stream().filter(d -> d <= probe).max(Integer::compare)
                            .map(base::plusDays);
                    assertThat(p.capabilityOn(on).map(CapabilityRecord::assessedOn)).isEqualTo(expected);
                    assertThat(p.capabilityAssessments()).isSortedAccordingTo(
                            java.util.Comparator.comparing(CapabilityRecord::assessedOn));
                });
    }

    @Test
    void property_relativeKindInverse_isAnInvolution() {
        for (RelativeKind k : RelativeKind.values()) {
            assertThat(k.inverse().inverse()).isEqualTo(k);
        }
        assertThat(RelativeKind.CHILD.inverse()).isEqualTo(RelativeKind.PARENT);
    }
}
