package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.ModelFixtures.TODAY;
import static org.minzheng.core.testing.ModelFixtures.idNumber;
import static org.minzheng.core.testing.Violated.single;
import static org.minzheng.core.testing.Violated.violations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.invariant.Violation;

class PersonTest {

    private static final LocalDate BIRTH = LocalDate.of(1975, 3, 8);
    private static final IdNumber ID = idNumber(BIRTH, 11);

    private static Person.Builder valid() {
        return Person.builder().id("p-1").name("张建国").idNumber(ID).hukou(HukouType.RURAL);
    }

    @Test
    void build_withIdNumber_takesBirthDateAndGenderFromIt() {
        Person p = valid().build();
        assertThat(p.birthDate()).isEqualTo(BIRTH);
        assertThat(p.gender()).isEqualTo(Gender.MALE);
        assertThat(p.ageOn(TODAY)).isEqualTo(47);
        assertThat(p.status()).isEqualTo(PersonStatus.of(StatusKind.AT_HOME, BIRTH));
        assertThat(p.version()).isZero();
    }

    @Test
    void build_withoutIdNumber_usesGivenBirthDateAndGender() {
        Person p = Person.builder().id("p-2").name("张小宝").birthDate(LocalDate.of(2022, 9, 1))
                .gender(Gender.FEMALE).hukou(HukouType.URBAN).asOf(TODAY).build();
        assertThat(p.idNumber()).isEmpty();
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void build_everythingMissing_reportsAllRequiredFieldsAtOnce() {
        assertThat(violations(() -> Person.builder().build()))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "required"),
                        org.assertj.core.groups.Tuple.tuple("name", "required"),
                        org.assertj.core.groups.Tuple.tuple("hukou", "required"),
                        org.assertj.core.groups.Tuple.tuple("birthDate", "required"),
                        org.assertj.core.groups.Tuple.tuple("gender", "required"));
    }

    @Test
    void build_blankName_reportsNotBlank() {
        Violation v = single(() -> valid().name("  ").build(), "name", "not-blank");
        assertThat(v.messageEn()).contains("name");
    }

    @Test
    void build_noIdNumberNoBirthDate_reportsRequiredBirthDate() {
        single(() -> Person.builder().id("p").name("某").gender(Gender.MALE).hukou(HukouType.RURAL)
                .build(), "birthDate", "required");
    }

    @Test
    void build_noIdNumberNoGender_reportsRequiredGender() {
        single(() -> Person.builder().id("p").name("某").birthDate(BIRTH).hukou(HukouType.RURAL)
                .build(), "gender", "required");
    }

    @Test
    void build_birthDateDiffersFromIdNumber_reportsMatchesIdNumber() {
        Violation v = single(() -> valid().birthDate(BIRTH.plusDays(1)).build(), "birthDate",
                "matches-id-number");
        assertThat(v.messageZh()).contains("身份证");
        assertThat(v.invalidValue()).isEmpty();
    }

    @Test
    void build_genderDiffersFromIdNumber_reportsMatchesIdNumber() {
        single(() -> valid().gender(Gender.FEMALE).build(), "gender", "matches-id-number");
    }

    @Test
    void build_birthDateInFutureAsOf_reportsNotInFuture() {
        Violation v = single(() -> Person.builder().id("p").name("某").birthDate(TODAY.plusDays(1))
                .gender(Gender.MALE).hukou(HukouType.RURAL).asOf(TODAY).build(), "birthDate",
                "not-in-future");
        assertThat(v.messageEn()).contains("2022-10-31");
    }

    @Test
    void build_birthDateInFutureOfClock_reportsNotInFuture() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        single(() -> Person.builder().id("p").name("某").birthDate(TODAY.plusDays(1))
                .gender(Gender.MALE).hukou(HukouType.RURAL).clock(clock).build(), "birthDate",
                "not-in-future");
    }

    @Test
    void build_futureDateWithoutAsOf_isNotChecked() {
        assertThat(Person.builder().id("p").name("某").birthDate(TODAY.plusYears(5))
                .gender(Gender.MALE).hukou(HukouType.RURAL).build().birthDate())
                .isEqualTo(TODAY.plusYears(5));
    }

    @Test
    void build_statusSinceInFuture_reportsNotInFuture() {
        single(() -> valid().status(StatusKind.WORKING_AWAY, TODAY.plusDays(1)).asOf(TODAY).build(),
                "status.since", "not-in-future");
    }

    @Test
    void build_statusBeforeBirth_reportsOrder() {
        single(() -> valid().status(StatusKind.LOST_CONTACT, BIRTH.minusDays(1)).build(),
                "status.since", "order");
    }

    @Test
    void build_selfCareAssessedInFuture_reportsNotInFuture() {
        single(() -> valid().selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING)
                        .withAssessment(CapabilityLevel.MILD, TODAY.plusDays(3))).asOf(TODAY).build(),
                "selfCare.assessedOn", "not-in-future");
    }

    @Test
    void build_twoMothers_reportsUniqueParentRole() {
        PersonStatus away = PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2020, 1, 1));
        single(() -> valid().parent(Parent.of(ParentRole.MOTHER, away))
                .parent(Parent.of(ParentRole.MOTHER, away)).build(), "parents[1].role",
                "unique-parent-role");
    }

    @Test
    void build_ownParent_reportsNotSelf() {
        PersonStatus home = PersonStatus.of(StatusKind.AT_HOME, BIRTH);
        single(() -> valid().parent(Parent.of(ParentRole.FATHER, home).withPerson(PersonId.of("p-1")))
                .build(), "parents[0].person", "not-self");
    }

    @Test
    void build_parentStatusInFuture_reportsNotInFuture() {
        single(() -> valid().parent(Parent.of(ParentRole.FATHER,
                        PersonStatus.of(StatusKind.DETAINED, TODAY.plusDays(1)))).asOf(TODAY).build(),
                "parents[0].status.since", "not-in-future");
    }

    @Test
    void build_negativeVersion_reportsNonNegative() {
        single(() -> valid().version(-1).build(), "version", "non-negative");
    }

    @Test
    void build_certificateOfAnotherPerson_reportsMatchesIdNumber() {
        DisabilityCertificateNumber other = DisabilityCertificateNumber.parse(
                idNumber(LocalDate.of(1980, 1, 1), 13).value() + "41");
        single(() -> valid().disability(Disability.of(other)).build(), "disability.certificate",
                "matches-id-number");
    }

    @Test
    void build_ownCertificate_isAccepted() {
        Person p = valid().disability(Disability.of(DisabilityCertificateNumber.parse(ID.value() + "42")))
                .build();
        assertThat(p.disability().orElseThrow().category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(p.disability().orElseThrow().isSevere()).isTrue();
    }

    @Test
    void toBuilder_everyField_roundTrips() {
        Person p = valid().seriouslyIll(true).labourCapacity(LabourCapacity.PARTIAL)
                .selfCare(SelfCare.losing(ActivityOfDailyLiving.EATING, ActivityOfDailyLiving.BATHING))
                .status(StatusKind.SERVING_SENTENCE, LocalDate.of(2021, 5, 1))
                .disability(Disability.of(DisabilityCategory.VISUAL, 1))
                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED,
                        LocalDate.of(2000, 1, 1))))
                .version(7).build();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.parent(ParentRole.MOTHER)).isPresent();
        assertThat(p.parent(ParentRole.FATHER)).isEmpty();
    }

    @Test
    void toBuilder_newIdNumber_derivesBirthDateAgain() {
        IdNumber other = idNumber(LocalDate.of(1990, 2, 2), 24);
        Person p = valid().build().toBuilder().idNumber(other).build();
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 2, 2));
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void toString_masksNameAndIdNumber() {
        String s = valid().build().toString();
        assertThat(s).doesNotContain("张建国", ID.value()).contains("张**", ID.masked());
    }

    @Test
    void setters_null_throwNullPointerExceptionNamingTheArgument() {
        assertThatThrownBy(() -> valid().name(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> valid().idNumber((IdNumber) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().disability((Optional<Disability>) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void ageOn_beforeBirth_throws() {
        assertThatThrownBy(() -> valid().build().ageOn(BIRTH.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
