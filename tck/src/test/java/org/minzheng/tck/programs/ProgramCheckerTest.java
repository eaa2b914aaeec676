package org.minzheng.tck.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.tck.programs.TestPrograms.GIFT;
import static org.minzheng.tck.programs.TestPrograms.GOOD_ALLOWANCE;
import static org.minzheng.tck.programs.TestPrograms.GOOD_GIFT;
import static org.minzheng.tck.programs.TestPrograms.NO_ELDERLY;
import static org.minzheng.tck.programs.TestPrograms.checker;
import static org.minzheng.tck.programs.TestPrograms.gift;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.Application;
import org.minzheng.core.rule.ApplicationFormat;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MissingFactException;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;

/**
 * The program checker passes well-declared programs and finds, for each check, the mistake it is about — with the id,
 * the program, the smallest generated subject and what to fix.
 */
class ProgramCheckerTest {

    private static List<ProgramCheck> checksOf(List<Finding> findings) {
        return findings.stream().map(Finding::check).distinct().toList();
    }

    private static Finding only(List<Finding> findings, ProgramCheck check) {
        assertThat(findings).as("findings").isNotEmpty().allSatisfy(f -> assertThat(f.check()).isEqualTo(check));
        return findings.get(0);
    }

    @Test
    void all_wellDeclaredPrograms_findNothingAndReachEligibleSubjects() {
        ProgramChecker c = checker(TestPrograms.of(GOOD_GIFT, GOOD_ALLOWANCE));

        assertThat(c.all()).isEmpty();
        assertThat(c.reach()).hasSize(2).allSatisfy(r -> {
            assertThat(r.decided()).isEqualTo(r.generated()).isPositive();
            assertThat(r.eligible()).isPositive().isLessThan(r.generated());
        });
    }

    @Test
    void builtIns_isAProviderOfTheBuiltInProgramsRegisteredAlone() {
        ProgramProvider p = ProgramChecker.builtIns();

        assertThat(p.id()).isEqualTo(ProgramChecker.BUILT_IN_ID);
        assertThat(p.programs()).extracting(ProgramRule::code).contains("dibao", "tekun", "senior-allowance");
        assertThat(checker(p).provider()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- PC01

    @Test
    void provider_malformedIdAndOldSpi_arePc01() {
        ProgramProvider p = new TestPrograms.Provider("Bad Id", "1.0", List.of(GOOD_GIFT));

        List<Finding> f = checker(p).provider();

        assertThat(checksOf(f)).containsExactly(ProgramCheck.PC01_PROVIDER);
        assertThat(f).anySatisfy(x -> assertThat(x.problem()).contains("'Bad Id' is malformed"));
        assertThat(f).anySatisfy(x -> assertThat(x.problem()).contains("SPI 1.0"));
    }

    @Test
    void provider_newDeclarationsOnEveryCall_isPc01() {
        ProgramProvider p = new TestPrograms.Provider("xt-programs", StandardsProvider.SPI_VERSION, List.of()) {
            @Override
            public List<ProgramRule<?>> programs() {
                return List.of(gift(b -> { }));
            }
        };

        assertThat(only(checker(p).provider(), ProgramCheck.PC01_PROVIDER).fix()).contains("static final");
    }

    @Test
    void provider_codeOfANationalProgram_isRefused() {
        ProgramRule<SubjectFacts> dibao = gift("dibao", TestPrograms::gift, b -> { });

        Finding f = only(checker(TestPrograms.of(dibao)).provider(), ProgramCheck.PC01_PROVIDER);

        assertThat(f.problem()).contains("refuses", "dibao");
    }

    @Test
    void provider_codesWithoutOrWithMixedPrefixes_arePc01() {
        ProgramRule<SubjectFacts> plain = gift("giftonly", TestPrograms::gift, b -> { });
        ProgramRule<SubjectFacts> other = gift("yy-gift", TestPrograms::gift, b -> { });

        List<Finding> f = checker(TestPrograms.of(GOOD_GIFT, plain, other)).provider();

        assertThat(f).extracting(Finding::problem).anySatisfy(p -> assertThat(p).contains("'giftonly' has no regional prefix"))
                .anySatisfy(p -> assertThat(p).contains("different prefixes [xt, yy]"));
    }

    // ---------------------------------------------------------------------------------------------------- PC02

    @Test
    void standards_unitThatDoesNotSuitTheType_isPc02() {
        Standard<Money> wrong = Standard.builder("xt-gift.wrong", ValueType.MONEY).names("测试标准", "test standard")
                .unit(Unit.YEARS).defaultValue(Money.of("1.00")).description("A money amount in years.").build();

        Finding f = only(checker(TestPrograms.of(gift(b -> b.standards(wrong)))).standards(), ProgramCheck.PC02_STANDARDS);

        assertThat(f.problem()).contains("xt-gift.wrong", "unit years");
    }

    @Test
    void standards_ruleReadsAnUndeclaredStandard_isPc02WithTheSubject() {
        ProgramRule<SubjectFacts> p = gift("xt-gift", (f, s, d) -> {
            d.use(s, TestPrograms.HIDDEN);
            return TestPrograms.gift(f, s, d);
        }, b -> { });

        Finding f = only(checker(TestPrograms.of(p)).standards(), ProgramCheck.PC02_STANDARDS);

        assertThat(f.problem()).contains("reads standard xt-hidden.amount", "smallest example", "household h in 321112");
        assertThat(f.fix()).contains("standards(");
    }

    @Test
    void standards_mandatoryStandardWithoutValueInTheScope_isPc02() {
        ProgramChecker c = ProgramChecker.builder(TestPrograms.of(GOOD_GIFT),
                TestPrograms.scope(TestPrograms.standards(GIFT))).examples(40).build();

        Finding f = only(c.standards(), ProgramCheck.PC02_STANDARDS);

        assertThat(f.problem()).contains("mandatory standard xt-gift.amount has no value for 321112");
    }

    // ---------------------------------------------------------------------------------------------------- PC03

    @Test
    void reasons_untranslatedMessageAndMixedPrefixes_arePc03() {
        ReasonCode chineseInEnglish = ReasonCode.failed("xt-gift.other", "其他", "其他理由");
        ReasonCode elsewhere = ReasonCode.failed("xt-present.none", "无", "none");

        List<Finding> f = checker(TestPrograms.of(gift(b -> b.reasons(chineseInEnglish, elsewhere)))).reasons();

        assertThat(checksOf(f)).containsExactly(ProgramCheck.PC03_REASONS);
        assertThat(f).extracting(Finding::problem).anySatisfy(p -> assertThat(p).contains("English message '其他理由'"))
                .anySatisfy(p -> assertThat(p).contains("different prefixes [xt-gift, xt-present]"));
    }

    @Test
    void reasons_anotherProgramsCodeOrPrefix_isPc03() {
        ReasonCode borrowed = ReasonCode.failed("dibao.no-members", "无人", "nobody");
        ProgramRule<SubjectFacts> p = gift("xt-gift", (f, s, d) -> d.fail(borrowed).build(Rounding.FEN),
                b -> b.reasons(borrowed));

        List<Finding> f = checker(TestPrograms.of(p)).reasons();

        assertThat(f).extracting(Finding::problem).anySatisfy(x -> assertThat(x).contains("means something else in dibao"));
    }

    // ---------------------------------------------------------------------------------------------------- PC04

    @Test
    void texts_untranslatedOrUnfilledMessage_isPc04() {
        Texts untranslated = Texts.of("xt", Map.of("xt.amount", "发放 {0} 元。"), Map.of("xt.amount", "发放 {0} yuan."));
        Texts unfilled = Texts.of("xt", Map.of("xt.amount", "发放 {0} 元，{1}。"), Map.of("xt.amount", "Pays {0} yuan, {1}."));

        Finding a = only(checker(TestPrograms.of(gift(b -> b.texts(untranslated)))).texts(), ProgramCheck.PC04_TEXTS);
        Finding b = only(checker(TestPrograms.of(gift(x -> x.texts(unfilled)))).texts(), ProgramCheck.PC04_TEXTS);

        assertThat(a.problem()).contains("step xt.amount renders in en with Chinese characters");
        assertThat(b.problem()).contains("leaves a placeholder unfilled");
    }

    // ---------------------------------------------------------------------------------------------------- PC05

    @Test
    void deterministic_ruleThatThrowsForSomeSubjects_isPc05AndShrunk() {
        ProgramRule<SubjectFacts> p = gift("xt-gift", (f, s, d) -> {
            if (f.members().size() > 2) {
                throw new IllegalStateException("cannot handle large households");
            }
            return TestPrograms.gift(f, s, d);
        }, b -> { });

        Finding f = only(checker(TestPrograms.of(p)).deterministic(), ProgramCheck.PC05_DETERMINISTIC);

        assertThat(f.problem()).contains("the rule threw IllegalStateException: cannot handle large households",
                "smallest example");
    }

    @Test
    void deterministic_ruleWithState_isPc05() {
        AtomicInteger calls = new AtomicInteger();
        ProgramRule<SubjectFacts> p = gift("xt-gift", (f, s, d) -> d.component(PaymentComponent.ONE_OFF, null,
                new java.math.BigDecimal(calls.incrementAndGet() % 2 + 1)).build(Rounding.FEN), b -> { });

        assertThat(only(checker(TestPrograms.of(p)).deterministic(), ProgramCheck.PC05_DETERMINISTIC).problem())
                .contains("equal facts gave different decisions");
    }

    @Test
    void deterministic_ruleThatNeedsAnApplicationNobodyGave_isPc05() {
        ProgramRule<SubjectFacts> p = gift("xt-gift", (f, s, d) -> {
            throw new MissingFactException(ProgramCode.of("xt-gift"), "application", "缺少申请", "no application");
        }, b -> { });

        assertThat(only(checker(TestPrograms.of(p)).deterministic(), ProgramCheck.PC05_DETERMINISTIC).problem())
                .contains("none of 60 generated subjects could be decided", "no application");
    }

    // ---------------------------------------------------------------------------------------------------- PC07

    @Test
    void declaredReasons_undeclaredReason_isPc07() {
        ProgramRule<SubjectFacts> p = gift("xt-gift", (f, s, d) -> TestPrograms.hasElderly(f)
                ? TestPrograms.gift(f, s, d) : d.fail(TestPrograms.UNDECLARED).build(Rounding.FEN), b -> { });

        Finding f = only(checker(TestPrograms.of(p)).declaredReasons(), ProgramCheck.PC07_DECLARED_REASONS);

        assertThat(f.problem()).contains("xt-gift.undeclared");
    }

    // ---------------------------------------------------------------------------------------------------- PC08

    @Test
    void reportLines_noneOrServiceWithAmountOrPaymentWithoutAmount_arePc08() {
        ProgramRule<SubjectFacts> none = gift(b -> b.report(ReportLines.none()));
        ProgramRule<SubjectFacts> service = gift("xt-visit", (f, s, d) -> d.build(Rounding.FEN),
                b -> b.monthly(MonthlyBehaviour.of(Schedule.service())).report(ReportLines.of(Measure.AMOUNT)));
        ProgramRule<SubjectFacts> silent = gift("xt-silent", TestPrograms::gift,
                b -> b.report(ReportLines.of(Measure.REACHED)));

        assertThat(checker(TestPrograms.of(none)).reportLines()).extracting(Finding::problem)
                .anySatisfy(p -> assertThat(p).contains("declares no report lines"));
        assertThat(checker(TestPrograms.of(service)).reportLines()).extracting(Finding::problem)
                .anySatisfy(p -> assertThat(p).contains("service program reports payments or amounts"));
        assertThat(checker(TestPrograms.of(silent)).reportLines()).extracting(Finding::problem)
                .anySatisfy(p -> assertThat(p).contains("does not report the amount"));
    }

    @Test
    void reportLines_byCategoryWithoutCategory_isPc08() {
        ProgramRule<SubjectFacts> p = gift(b -> b.report(ReportLines.of(Measure.AMOUNT, Measure.BY_CATEGORY)));

        assertThat(only(checker(TestPrograms.of(p)).reportLines(), ProgramCheck.PC08_REPORT_LINES).problem())
                .contains("eligible decision has no category");
    }

    // ---------------------------------------------------------------------------------------------------- PC09

    @Test
    void monthlyBehaviour_yearlyProgramScreenedMonthly_isPc09() {
        ProgramRule<SubjectFacts> p = gift(b -> b.monthly(MonthlyBehaviour.of(Schedule.yearly(Month.JANUARY))
                .withScreening(Screening.monthly(Screening.Action.START))));

        assertThat(only(checker(TestPrograms.of(p)).monthlyBehaviour(), ProgramCheck.PC09_MONTHLY_BEHAVIOUR).fix())
                .contains("Screening.yearly(JANUARY");
    }

    @Test
    void monthlyBehaviour_programPaidOnApprovalAndScreened_isPc09() {
        ProgramRule<SubjectFacts> p = gift(b -> b.monthly(MonthlyBehaviour.of(Schedule.onceOnApproval())
                .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW))));

        assertThat(only(checker(TestPrograms.of(p)).monthlyBehaviour(), ProgramCheck.PC09_MONTHLY_BEHAVIOUR).problem())
                .contains("never pays such a case");
    }

    @Test
    void monthlyBehaviour_servicePayingMoneyOrYearlyPayingBase_isPc09() {
        ProgramRule<SubjectFacts> service = gift(b -> b.monthly(MonthlyBehaviour.of(Schedule.service()))
                .report(ReportLines.of(Measure.IN_COVERAGE)));
        ProgramRule<SubjectFacts> base = gift("xt-gift", (f, s, d) -> TestPrograms.hasElderly(f)
                ? d.component(PaymentComponent.BASE, null, d.use(s, GIFT).amount()).build(Rounding.FEN)
                : d.fail(NO_ELDERLY).build(Rounding.FEN), b -> { });

        assertThat(only(checker(TestPrograms.of(service)).monthlyBehaviour(), ProgramCheck.PC09_MONTHLY_BEHAVIOUR)
                .problem()).contains("service program decided an amount of 300.00");
        assertThat(only(checker(TestPrograms.of(base)).monthlyBehaviour(), ProgramCheck.PC09_MONTHLY_BEHAVIOUR)
                .problem()).contains("pays a base component");
    }

    // ---------------------------------------------------------------------------------------------------- PC10

    /** An application a monthly program should never need: the monthly run has none to give. */
    record Note(String text) implements Application {
        @Override
        public ProgramCode program() {
            return ProgramCode.of("xt-monthly");
        }
    }

    @Test
    void paidOnce_monthlyProgramThatNeedsAnApplication_failsInTheRunAndIsPc10() {
        ProgramRule<SubjectFacts> p = gift("xt-monthly", (f, s, d) -> {
            f.application(Note.class).orElseThrow(() -> new MissingFactException(ProgramCode.of("xt-monthly"),
                    "application", "缺少申请", "no application"));
            return d.component(PaymentComponent.BASE, null, d.use(s, GIFT).amount()).build(Rounding.FEN);
        }, b -> b.monthly(MonthlyBehaviour.monthly()).application(ApplicationFormat.of(List.of("text"),
                m -> new Note(m.get("text")))));
        ProgramChecker c = ProgramChecker.builder(TestPrograms.of(p), TestPrograms.scope(TestPrograms.standards()))
                .examples(40).runExamples(2).application(p.programCode(), Map.of("text", "x")).build();

        assertThat(c.deterministic()).isEmpty();
        Finding f = only(c.paidOnce(), ProgramCheck.PC10_PAID_ONCE);
        assertThat(f.problem()).contains("failed a case: assessment-failed", "no application");
    }

    @Test
    void paidOnce_yearlyScopeWithoutThePaymentMonth_isPc10() {
        ProgramRule<SubjectFacts> p = gift(b -> b.monthly(MonthlyBehaviour.of(Schedule.yearly(Month.DECEMBER))
                .withScreening(Screening.yearly(Month.DECEMBER, Screening.Action.START))));
        ProgramChecker c = ProgramChecker.builder(TestPrograms.of(p), Scope.of(List.of(TestPrograms.standards()),
                TestPrograms.FROM, TestPrograms.FROM.plusMonths(5), "321112")).examples(20).build();

        assertThat(only(c.paidOnce(), ProgramCheck.PC10_PAID_ONCE).problem()).contains("no month in which the program pays");
    }

    @Test
    void paidOnce_yearlyAndMonthlyPrograms_arePaidOncePerPeriod() {
        ProgramChecker c = ProgramChecker.builder(TestPrograms.of(GOOD_GIFT, GOOD_ALLOWANCE),
                TestPrograms.scope(TestPrograms.standards())).examples(20).runExamples(3).build();

        assertThat(c.paidOnce()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- PC11

    @Test
    void screening_candidateTestNarrowerThanTheRule_isPc11() {
        ProgramRule<SubjectFacts> p = TestPrograms.allowance(TestPrograms::allowance, b -> b.monthly(
                MonthlyBehaviour.monthly().withScreening(Screening.monthly(Screening.Action.START).candidates(
                        "aged 95 or more", (x, m) -> AgeBasis.ageOn(x.birthDate(), m.atEndOfMonth()) >= 95))));

        Finding f = only(checker(TestPrograms.of(p)).screening(), ProgramCheck.PC11_SCREENING);

        assertThat(f.problem()).contains("'aged 95 or more'", "subject: member");
    }

    // ---------------------------------------------------------------------------------------------------- PC12

    @Test
    void discovery_providerNotPublished_isPc12() {
        Finding f = only(checker(TestPrograms.of(GOOD_GIFT)).discovery(getClass().getClassLoader()),
                ProgramCheck.PC12_DISCOVERY);

        assertThat(f.fix()).contains("META-INF/services/org.minzheng.spi.ProgramProvider");
    }

    @Test
    void findings_nameTheCheckProgramAndFix() {
        List<Finding> all = new ArrayList<>(checker(TestPrograms.of(gift(b -> b.report(ReportLines.none()))))
                .reportLines());

        assertThat(all.get(0).toString()).startsWith("[PC08] xt-gift: ").contains(" — fix: ");
    }
}
