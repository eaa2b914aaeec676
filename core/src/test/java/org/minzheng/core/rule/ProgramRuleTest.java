package org.minzheng.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Fixtures;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;

class ProgramRuleTest {

    private static final ProgramCode LOCAL = ProgramCode.of("xx-local");
    private static final ReasonCode NOPE = ReasonCode.failed("xx-local.nope", "不符合", "not eligible");
    private static final Texts TEXTS = Texts.of("xx-local", Map.of("xx-local.paid", "支付 {0} 元。"),
            Map.of("xx-local.paid", "Paid {0} yuan."));

    /** Pays 100 yuan to a household with more than one member of the month. */
    private static Decision local(Integer members, ResolvedStandards s, Decision.Builder d) {
        return members > 1
                ? d.component(PaymentComponent.ONE_OFF, null, new BigDecimal("100"))
                        .step("xx-local.paid", Money.of("100")).build(Rounding.FEN)
                : d.fail(NOPE).build(Rounding.FEN);
    }

    private static final ProgramRule<Integer> LOCAL_PROGRAM = ProgramRule.builder(LOCAL,
                    f -> f.members().size(), ProgramRuleTest::local)
            .names("地方项目", "a local program").grantedTo(SubjectKind.HOUSEHOLD).reasons(NOPE).texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.yearly(Month.JANUARY)))
            .build();

    @Test
    void catalogue_twelveNationalPrograms_uniqueCodesAndNames() {
        List<ProgramRule<?>> all = BuiltInPrograms.all();
        assertThat(all).extracting(ProgramRule::programCode).containsExactlyElementsOf(NationalPrograms.all());
        Set<String> names = new HashSet<>();
        for (ProgramRule<?> p : all) {
            assertThat(names.add(p.chineseName())).as(p.code()).isTrue();
            assertThat(p.legalBasis()).as(p.code()).isNotEmpty();
            assertThat(p.reasons()).as(p.code()).contains(ReasonCode.SUBJECT_DECEASED, ReasonCode.SUBJECT_NOT_BORN);
        }
        assertThat(BuiltInPrograms.standards()).extracting(s -> s.code()).doesNotHaveDuplicates()
                .contains("dibao.standard.urban", "capability.coma-level");
    }

    @Test
    void assess_subjectKindMismatch_rejectedWithTheRightFactory() {
        Household h = Fixtures.threePersons("1200");
        assertThatThrownBy(() -> SeniorAllowance.PROGRAM.assess(Fixtures.facts(h).build(), standards()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forPerson");
        assertThatThrownBy(() -> Dibao.PROGRAM.assess(Fixtures.facts(h, h.head().id()).build(), standards()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forHousehold");
    }

    @Test
    void facts_personNotMember_rejected() {
        Household h = Fixtures.threePersons("1200");
        Household other = Fixtures.threePersons("1200");
        assertThatThrownBy(() -> SubjectFacts.forPerson(h, other.head().id(), OCT_2022).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a member");
    }

    @Test
    void assess_isAPureFunction_sameFactsSameDecision() {
        SubjectFacts f = Fixtures.facts(Fixtures.threePersons("1200")).build();
        Decision a = Dibao.PROGRAM.assess(f, standards());
        Decision b = Dibao.PROGRAM.assess(f, standards());
        assertThat(a.amount()).isEqualTo(b.amount()).isEqualTo(Money.of("1209.00"));
        assertThat(a.explanation()).isEqualTo(b.explanation());
    }

    @Test
    void assess_personNotYetBorn_orDeceasedBeforeTheMonth_failsWithoutTheRule() {
        Person unborn = Fixtures.born(2022, 11, 1);
        Person dead = Fixtures.person(LocalDate.of(1930, 1, 1)).status(StatusKind.DECEASED, LocalDate.of(2022, 9, 30))
                .build();
        Person diedInMonth = Fixtures.person(LocalDate.of(1930, 1, 1))
                .status(StatusKind.DECEASED, LocalDate.of(2022, 10, 1)).build();
        Household h = Fixtures.household(Fixtures.born(1960, 1, 1)).member(unborn, Relation.GRANDCHILD)
                .member(dead, Relation.PARENT).member(diedInMonth, Relation.OTHER).build();
        assertThat(SeniorAllowance.PROGRAM.assess(Fixtures.facts(h, unborn.id()).build(), standards()).reasons())
                .containsExactly(ReasonCode.SUBJECT_NOT_BORN);
        assertThat(SeniorAllowance.PROGRAM.assess(Fixtures.facts(h, dead.id()).build(), standards()).reasons())
                .containsExactly(ReasonCode.SUBJECT_DECEASED);
        assertThat(SeniorAllowance.PROGRAM.assess(Fixtures.facts(h, diedInMonth.id()).build(), standards()).eligible())
                .as("a person who dies during the month is paid for it").isTrue();
    }

    @Test
    void facts_membersOfTheMonth_leaveOutTheUnbornAndThoseDeadBeforeTheMonth() {
        Person head = Fixtures.born(1960, 1, 1);
        Person unborn = Fixtures.born(2023, 3, 1);
        Person dead = Fixtures.person(LocalDate.of(1930, 1, 1)).status(StatusKind.DECEASED, LocalDate.of(2021, 5, 1))
                .build();
        Household h = Fixtures.household(head).member(unborn, Relation.GRANDCHILD).member(dead, Relation.PARENT).build();
        assertThat(Fixtures.facts(h).build().members()).extracting(m -> m.person().id()).containsExactly(head.id());
        assertThat(SubjectFacts.forHousehold(h, YearMonth.of(2023, 3)).build().members()).hasSize(2);
        assertThat(LOCAL_PROGRAM.assess(Fixtures.facts(h).build(), standards()).reasons()).containsExactly(NOPE);
    }

    @Test
    void assess_aRuleThatGivesAnUndeclaredReason_isCaught() {
        ReasonCode other = ReasonCode.failed("xx-local.other", "其他", "other");
        ProgramRule<Integer> careless = LOCAL_PROGRAM.derive(f -> 0, (n, s, d) -> d.fail(other).build(Rounding.FEN))
                .build();
        assertThatThrownBy(() -> careless.assess(Fixtures.facts(Fixtures.threePersons("0")).build(), standards()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("xx-local.other")
                .hasMessageContaining("does not declare");
    }

    @Test
    void derive_keepsTheDeclarations_replacesTheRule() {
        ProgramRule<Integer> always = LOCAL_PROGRAM.derive(f -> 2, ProgramRuleTest::local).build();
        assertThat(always.programCode()).isEqualTo(LOCAL);
        assertThat(always.monthly().schedule()).isEqualTo(Schedule.yearly(Month.JANUARY));
        Household one = Fixtures.alone(Fixtures.born(1960, 1, 1));
        assertThat(LOCAL_PROGRAM.assess(Fixtures.facts(one).build(), standards()).eligible()).isFalse();
        assertThat(always.assess(Fixtures.facts(one).build(), standards()).amount()).isEqualTo(Money.of("100.00"));
        assertThat(always.assess(Fixtures.facts(one).build(), standards()).explanation().render(Locale.CHINA))
                .contains("支付 100.00 元。");
    }

    @Test
    void builder_incompleteDeclaration_listsEverythingMissing() {
        assertThatThrownBy(() -> ProgramRule.builder(LOCAL, f -> 0, ProgramRuleTest::local)
                .monthly(MonthlyBehaviour.monthly().withGradualExit(new GradualExit(Dibao.GRACE_MONTHS, NOPE)))
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names(chinese, english) are required")
                .hasMessageContaining("grantedTo")
                .hasMessageContaining("texts")
                .hasMessageContaining("dibao.grace-months must be among standards")
                .hasMessageContaining("xx-local.nope must be among reasons");
    }

    @Test
    void texts_differentKeysInChineseAndEnglish_refused() {
        assertThatThrownBy(() -> Texts.of("t", Map.of("a", "甲"), Map.of("b", "B")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only in Chinese [a]")
                .hasMessageContaining("only in English [b]");
    }

    @Test
    void render_unknownLocale_english_traditionalChinese_chinese() {
        Decision d = Dibao.PROGRAM.assess(Fixtures.facts(Fixtures.threePersons("1200")).build(), standards());
        assertThat(d.explanation().render(Locale.FRENCH)).isEqualTo(d.explanation().render(Locale.ENGLISH));
        assertThat(d.explanation().render(Locale.TRADITIONAL_CHINESE)).contains("低保标准");
    }
}
