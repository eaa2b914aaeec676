package org.minzheng.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.GradualExit;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;

/**
 * Programs with simple, visible rules for the runtime's tests, declared through the same SPI as every program:
 * {@code t-dibao} pays 800 per person less income, with a two-month gradual exit and no vehicles allowed;
 * {@code t-senior} pays 60 a month from the month of the 80th birthday and is screened for; {@code t-living} pays
 * 100 only inside {@code t-dibao}. A household whose id is in {@link #failingHouseholds} cannot be assessed.
 */
final class TestPrograms implements ProgramProvider {

    static final ProgramCode DIBAO = ProgramCode.of("t-dibao");
    static final ProgramCode SENIOR = ProgramCode.of("t-senior");
    static final ProgramCode LIVING = ProgramCode.of("t-living");
    static final BigDecimal STANDARD = new BigDecimal("800");

    static final Standard<Integer> GRACE = Standard.builder("t-dibao.grace-months", ValueType.INTEGER)
            .names("渐退期", "grace months").unit(Unit.MONTHS).defaultValue(2).description("Grace months.").build();
    static final ReasonCode INCOME = ReasonCode.failed("income-above-standard", "收入超过标准", "income above the standard");
    static final ReasonCode ASSETS = ReasonCode.failed("assets-above-limit", "财产超过限额", "assets above the limit");
    static final ReasonCode UNDER_AGE = ReasonCode.failed("under-age", "未满80周岁", "under 80");
    static final ReasonCode NOT_IN_DIBAO = ReasonCode.failed("not-in-dibao", "非低保家庭", "not in dibao");
    static final Texts TEXTS = Texts.of("test", Map.of(), Map.of());

    final Set<String> failingHouseholds = new HashSet<>();
    /** How many times the facts of each household were read by a rule (an assessment each). */
    final java.util.concurrent.ConcurrentHashMap<String, Integer> reads = new java.util.concurrent.ConcurrentHashMap<>();

    private Household checked(SubjectFacts f) {
        reads.merge(f.household().id().value(), 1, Integer::sum);
        if (failingHouseholds.contains(f.household().id().value())) {
            throw new IllegalStateException("standard missing for household " + f.household().id().value());
        }
        return f.household();
    }

    final ProgramRule<Household> dibao = ProgramRule.builder(DIBAO, this::checked, (Household h, ResolvedStandards s, Decision.Builder d) -> {
        if (h.assets().vehicles() > 0) {
            return d.fail(ASSETS).build(Rounding.FEN);
        }
        BigDecimal pci = h.countableMonthlyIncome().amount().divide(BigDecimal.valueOf(h.size()), 2, RoundingMode.HALF_UP);
        if (pci.compareTo(STANDARD) >= 0) {
            return d.fail(INCOME).build(Rounding.FEN);
        }
        return d.component(PaymentComponent.BASE, null, STANDARD.subtract(pci).multiply(BigDecimal.valueOf(h.size())))
                .build(Rounding.FEN);
    }).names("测试低保", "test dibao").grantedTo(SubjectKind.HOUSEHOLD).standards(GRACE).reasons(INCOME, ASSETS)
            .texts(TEXTS).monthly(MonthlyBehaviour.monthly().withGradualExit(new GradualExit(GRACE, INCOME))).build();

    record Aged(Person person, YearMonth month) {
    }

    final ProgramRule<Aged> senior = ProgramRule.builder(SENIOR, f -> {
        checked(f);
        return new Aged(f.person(), f.month());
    }, (Aged a, ResolvedStandards s, Decision.Builder d) -> a.person().ageOn(a.month().atEndOfMonth()) >= 80
            ? d.component(PaymentComponent.BASE, null, new BigDecimal("60")).build(Rounding.FEN)
            : d.fail(UNDER_AGE).build(Rounding.FEN))
            .names("测试尊老金", "test senior allowance").grantedTo(SubjectKind.PERSON).reasons(UNDER_AGE).texts(TEXTS)
            .monthly(MonthlyBehaviour.monthly().withScreening(Screening.monthly(Screening.Action.START)
                    .candidates("aged 79 or more", (p, m) -> p.ageOn(m.atEndOfMonth()) >= 79)))
            .build();

    final ProgramRule<Boolean> living = ProgramRule.builder(LIVING,
                    f -> f.enrolments().householdIn(checked(f).id(), DIBAO),
                    (Boolean inDibao, ResolvedStandards s, Decision.Builder d) -> inDibao
                            ? d.component(PaymentComponent.LIVING, null, new BigDecimal("100")).build(Rounding.FEN)
                            : d.fail(NOT_IN_DIBAO).build(Rounding.FEN))
            .names("测试生活补贴", "test living subsidy").grantedTo(SubjectKind.PERSON).reasons(NOT_IN_DIBAO).texts(TEXTS)
            .build();

    @Override
    public String id() {
        return "runtime-tests";
    }

    @Override
    public String spiVersion() {
        return StandardsProvider.SPI_VERSION;
    }

    @Override
    public List<ProgramRule<?>> programs() {
        return List.of(dibao, senior, living);
    }

    /** A runtime over these programs only, no standards providers, on a storage. */
    CivilAffairs runtime(org.minzheng.spi.storage.Storage storage, java.time.Clock clock) {
        return builder(storage, clock).build();
    }

    /** The same runtime, keeping what its monthly runs computed for a run of the same month again (decision 0400). */
    CivilAffairs remembering(org.minzheng.spi.storage.Storage storage, java.time.Clock clock) {
        return builder(storage, clock).rememberRuns(true).build();
    }

    private CivilAffairs.Builder builder(org.minzheng.spi.storage.Storage storage, java.time.Clock clock) {
        return CivilAffairs.builder().standards(StandardsProviders.of())
                .programs(Programs.builder().builtIns(false).discovery(false).add(this).build())
                .storage(storage).clock(clock);
    }
}
