package org.minzheng.tck.programs;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Rule;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * Small programs for testing the program checker: a yearly household gift and a monthly, screened person allowance
 * that pass every check, and ways to break each check. The rules read {@link SubjectFacts} directly.
 */
final class TestPrograms {

    static final RegionCode REGION = RegionCode.parse("321112");

    static final Standard<Money> GIFT = Standard.builder("xt-gift.amount", ValueType.MONEY)
            .names("测试慰问金", "test gift").unit(Unit.YUAN).mandatory()
            .description("The test gift paid once a year to a household with a member aged 80 or more.").build();
    static final Standard<Money> ALLOWANCE = Standard.builder("xt-allowance.amount", ValueType.MONEY)
            .names("测试津贴", "test allowance").unit(Unit.YUAN_PER_MONTH).mandatory()
            .description("The test allowance paid monthly to a person aged 90 or more.").build();
    /** Declared by no program: a rule that reads it reads an undeclared standard. */
    static final Standard<Money> HIDDEN = Standard.builder("xt-hidden.amount", ValueType.MONEY)
            .names("测试隐藏标准", "hidden test standard").unit(Unit.YUAN).defaultValue(Money.of("5.00"))
            .description("A standard no program declares.").build();

    static final ReasonCode NO_ELDERLY = ReasonCode.failed("xt-gift.no-elderly", "家中无80周岁以上老人",
            "no member aged 80 or more");
    static final ReasonCode UNDER_90 = ReasonCode.failed("xt-allowance.under-90", "未满90周岁", "under 90");
    static final ReasonCode UNDECLARED = ReasonCode.failed("xt-gift.undeclared", "未声明的理由", "an undeclared reason");

    static final Texts TEXTS = Texts.of("xt", Map.of("xt.amount", "发放 {0} 元。", "xt.age", "年龄 {0} 周岁。"),
            Map.of("xt.amount", "Pays {0} yuan.", "xt.age", "Aged {0}."));

    static final YearMonth FROM = YearMonth.of(2022, 1);
    static final YearMonth TO = YearMonth.of(2023, 12);

    private TestPrograms() {
    }

    /** Values of the test standards for 321112, 2022–2023. */
    static StandardsProvider standards(Standard<?>... without) {
        List<Standard<?>> skip = List.of(without);
        List<StandardValue<?>> values = new java.util.ArrayList<>();
        LocalDate from = FROM.atDay(1);
        LocalDate until = TO.plusMonths(1).atDay(1);
        if (!skip.contains(GIFT)) {
            values.add(StandardValue.of(GIFT, REGION, from, until, Money.of("300.00"), "test"));
        }
        if (!skip.contains(ALLOWANCE)) {
            values.add(StandardValue.of(ALLOWANCE, REGION, from, until, Money.of("50.00"), "test"));
        }
        return new StandardsProvider() {
            @Override
            public String id() {
                return "xt-standards";
            }

            @Override
            public String spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                return values.stream().filter(query::matches).toList();
            }
        };
    }

    static Scope scope(StandardsProvider standards) {
        return Scope.of(List.of(standards), FROM, TO, "321112");
    }

    static boolean hasElderly(SubjectFacts f) {
        for (Member m : f.members()) {
            if (AgeBasis.ageOn(m.person().birthDate(), f.endOfMonth()) >= 80) {
                return true;
            }
        }
        return false;
    }

    /** The gift's rule: a member aged 80 or more → the gift, as a one-off payment. */
    static Decision gift(SubjectFacts f, ResolvedStandards s, Decision.Builder d) {
        if (!hasElderly(f)) {
            return d.fail(NO_ELDERLY).build(Rounding.FEN);
        }
        Money amount = d.use(s, GIFT);
        return d.component(PaymentComponent.ONE_OFF, null, amount.amount()).step("xt.amount", amount)
                .build(Rounding.FEN);
    }

    /** A yearly household gift, paid in January and screened then; {@code more} changes the declaration. */
    static ProgramRule<SubjectFacts> gift(String code, Rule<SubjectFacts> rule,
                                          Consumer<ProgramRule.Builder<SubjectFacts>> more) {
        ProgramRule.Builder<SubjectFacts> b = ProgramRule.builder(ProgramCode.of(code), f -> f, rule)
                .names("测试慰问金", "test gift").grantedTo(SubjectKind.HOUSEHOLD).standards(GIFT).reasons(NO_ELDERLY)
                .texts(TEXTS)
                .monthly(MonthlyBehaviour.of(Schedule.yearly(Month.JANUARY))
                        .withScreening(Screening.yearly(Month.JANUARY, Screening.Action.START)))
                .report(ReportLines.of(Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT));
        more.accept(b);
        return b.build();
    }

    static ProgramRule<SubjectFacts> gift(Consumer<ProgramRule.Builder<SubjectFacts>> more) {
        return gift("xt-gift", TestPrograms::gift, more);
    }

    static final ProgramRule<SubjectFacts> GOOD_GIFT = gift(b -> { });

    /** The allowance's rule: aged 90 or more → the allowance each month. */
    static Decision allowance(SubjectFacts f, ResolvedStandards s, Decision.Builder d) {
        int age = AgeBasis.ageOn(f.person().birthDate(), f.endOfMonth());
        d.step("xt.age", age);
        if (age < 90) {
            return d.fail(UNDER_90).build(Rounding.FEN);
        }
        Money amount = d.use(s, ALLOWANCE);
        return d.component(PaymentComponent.BASE, null, amount.amount()).step("xt.amount", amount)
                .category(Band.NINETY)
                .build(Rounding.FEN);
    }

    /** A monthly person allowance, screened every month among persons aged 89 or more. */
    static ProgramRule<SubjectFacts> allowance(Rule<SubjectFacts> rule, Consumer<ProgramRule.Builder<SubjectFacts>> more) {
        ProgramRule.Builder<SubjectFacts> b = ProgramRule.builder(ProgramCode.of("xt-allowance"), f -> f, rule)
                .names("测试津贴", "test allowance").grantedTo(SubjectKind.PERSON).standards(ALLOWANCE)
                .reasons(UNDER_90).texts(TEXTS)
                .monthly(MonthlyBehaviour.monthly().withScreening(Screening.monthly(Screening.Action.START)
                        .candidates("aged 89 or more", (p, m) -> AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 89)))
                .report(ReportLines.of(Measure.NEW, Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT,
                        Measure.BY_CATEGORY));
        more.accept(b);
        return b.build();
    }

    static final ProgramRule<SubjectFacts> GOOD_ALLOWANCE = allowance(TestPrograms::allowance, b -> { });

    /** A provider of fixed programs. */
    static class Provider implements ProgramProvider {
        private final String id;
        private final String version;
        private final List<ProgramRule<?>> programs;

        Provider(String id, String version, List<ProgramRule<?>> programs) {
            this.id = id;
            this.version = version;
            this.programs = programs;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String spiVersion() {
            return version;
        }

        @Override
        public List<ProgramRule<?>> programs() {
            return programs;
        }
    }

    static ProgramProvider of(ProgramRule<?>... programs) {
        return new Provider("xt-programs", StandardsProvider.SPI_VERSION, List.of(programs));
    }

    /** A checker with few examples, over the test standards. */
    static ProgramChecker checker(ProgramProvider provider) {
        return ProgramChecker.builder(provider, scope(standards())).examples(60).runExamples(2).build();
    }

    /** The allowance's one category. */
    enum Band implements org.minzheng.core.code.Coded {
        NINETY;

        @Override
        public String code() {
            return "90+";
        }

        @Override
        public String chineseName() {
            return "90周岁以上";
        }

        @Override
        public String englishName() {
            return "aged 90 and over";
        }
    }
}
