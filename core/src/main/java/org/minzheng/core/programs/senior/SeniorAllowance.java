package org.minzheng.core.programs.senior;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.code.Coded;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueRange;
import org.minzheng.core.standards.ValueType;

/**
 * 尊老金 / 高龄津贴 (senior allowance), declared in one place. Everyone of age qualifies, so the monthly run
 * screens the registry every month and starts payment for each qualifying person without a case (自动纳入).
 * Legal basis: 《老年人权益保障法》第三十三条; band amounts are regional.
 *
 * <h2>Rule</h2>
 * Age in the month is counted per {@link #AGE_BASIS} (default birth-month: completed years on the month's
 * last day). The bands start at ages the region sets: {@link #AGE} (enrolment, default 80) pays {@link
 * #AMOUNT_80}, {@link #FROM_90} (default 90) pays {@link #AMOUNT_90}, {@link #FROM_100} (default 100) pays {@link
 * #AMOUNT_100}, and an optional extra band from {@link #EXTRA_FROM} pays {@link #EXTRA_AMOUNT} (a region with
 * bands 80/90/95/100 sets the extra band from 95). The highest band whose start the age reaches applies; below
 * the enrolment age nothing. The category is the band, e.g. {@code 80-89}, {@code 95-99}, {@code 100+}.
 */
public final class SeniorAllowance {

    private SeniorAllowance() {
    }

    /**
     * {@code senior.allowance.80} — 尊老金（80至89周岁） (senior allowance, age 80–89). Monthly senior allowance (尊老金 / 高龄津贴) for ages 80 to 89.
     */
    public static final Standard<Money> AMOUNT_80 = Standard.builder("senior.allowance.80", ValueType.MONEY)
            .names("尊老金（80至89周岁）", "senior allowance, age 80–89")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance (尊老金 / 高龄津贴) for ages 80 to 89.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.90} — 尊老金（90至99周岁） (senior allowance, age 90–99). Monthly senior allowance for ages 90 to 99.
     */
    public static final Standard<Money> AMOUNT_90 = Standard.builder("senior.allowance.90", ValueType.MONEY)
            .names("尊老金（90至99周岁）", "senior allowance, age 90–99")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance for ages 90 to 99.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.100} — 尊老金（100周岁及以上） (senior allowance, age 100 and over). Monthly senior allowance for ages 100 and over.
     */
    public static final Standard<Money> AMOUNT_100 = Standard.builder("senior.allowance.100", ValueType.MONEY)
            .names("尊老金（100周岁及以上）", "senior allowance, age 100 and over")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance for ages 100 and over.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.age-basis} — 尊老金年龄计算口径 (senior allowance age basis). How age is counted for the allowance bands: birth-month (age on the last day of the month), birth-day (age on the first day of the month) or birth-year (the month's year minus the birth year). Default birth-month.
     */
    public static final Standard<AgeBasis> AGE_BASIS = Standard.builder("senior.allowance.age-basis", ValueType.AGE_BASIS)
            .names("尊老金年龄计算口径", "senior allowance age basis")
            .unit(Unit.CHOICE)
            .defaultValue(AgeBasis.BIRTH_MONTH)
            .description("How age is counted for the allowance bands: birth-month (age on the last day of the month), birth-day (age on the first day of the month) or birth-year (the month's year minus the birth year). Default birth-month.")
            .build();

    /**
     * {@code senior.allowance.age} — 尊老金起始年龄 (senior allowance age). Age from which the allowance is paid
     * (the start of the first band, paid {@code senior.allowance.80}). Default 80.
     */
    public static final Standard<Integer> AGE = Standard.builder("senior.allowance.age", ValueType.INTEGER)
            .names("尊老金起始年龄", "senior allowance age")
            .unit(Unit.YEARS)
            .defaultValue(80)
            .range(ValueRange.of(60, 100))
            .description("Age from which the allowance is paid: the start of the first band, which is paid senior.allowance.80. Default 80.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.90.from} — 尊老金第二年龄段起始年龄 (start of the second band). Age from which
     * {@code senior.allowance.90} is paid. Default 90.
     */
    public static final Standard<Integer> FROM_90 = Standard.builder("senior.allowance.90.from", ValueType.INTEGER)
            .names("尊老金第二年龄段起始年龄", "start of the second senior allowance band")
            .unit(Unit.YEARS)
            .defaultValue(90)
            .range(ValueRange.of(60, 150))
            .description("Age from which senior.allowance.90 is paid. Default 90.")
            .build();

    /**
     * {@code senior.allowance.100.from} — 尊老金最高年龄段起始年龄 (start of the top band). Age from which {@code
     * senior.allowance.100} is paid. Default 100.
     */
    public static final Standard<Integer> FROM_100 = Standard.builder("senior.allowance.100.from", ValueType.INTEGER)
            .names("尊老金最高年龄段起始年龄", "start of the top senior allowance band")
            .unit(Unit.YEARS)
            .defaultValue(100)
            .range(ValueRange.of(60, 150))
            .description("Age from which senior.allowance.100 is paid. Default 100.")
            .build();

    /**
     * {@code senior.allowance.extra.from} — 尊老金增设年龄段起始年龄 (start of an extra band). Age from which
     * {@code senior.allowance.extra} is paid, for a region with a fourth band (e.g. 95 for bands 80/90/95/100).
     * Absent: no extra band.
     */
    public static final Standard<Integer> EXTRA_FROM = Standard.builder("senior.allowance.extra.from", ValueType.INTEGER)
            .names("尊老金增设年龄段起始年龄", "start of an extra senior allowance band")
            .unit(Unit.YEARS)
            .range(ValueRange.of(60, 150))
            .description("Age from which senior.allowance.extra is paid, for a region with a fourth band (e.g. 95 for bands 80/90/95/100). Absent: no extra band; set together with senior.allowance.extra.")
            .build();

    /**
     * {@code senior.allowance.extra} — 尊老金（增设年龄段） (senior allowance, extra band). Monthly amount of the
     * extra band. Absent: no extra band.
     */
    public static final Standard<Money> EXTRA_AMOUNT = Standard.builder("senior.allowance.extra", ValueType.MONEY)
            .names("尊老金（增设年龄段）", "senior allowance, extra band")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly senior allowance of the extra band that starts at senior.allowance.extra.from. Absent: no extra band.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.rounding} — 尊老金取整方式 (senior allowance rounding). Precision of the monthly amount. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("senior.rounding", ValueType.ROUNDING)
            .names("尊老金取整方式", "senior allowance rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the monthly senior allowance: fen or yuan, half-up. Default fen.")
            .build();

    /** under the allowance age (未达尊老金起始年龄); the code keeps the national default age. */
    public static final ReasonCode UNDER_AGE = ReasonCode.failed("senior.under-80", "未达尊老金起始年龄",
            "under the senior allowance age");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> SeniorAllowance.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param month the month assessed
     */
    public record Request(Person person, YearMonth month) {
        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            return new Request(facts.person(), facts.month());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.SENIOR_ALLOWANCE,
                    Request::from, SeniorAllowance::decide)
            .names("尊老金", "senior age allowance")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.ELDERLY_LAW)
            .standards(AGE_BASIS, AMOUNT_80, AMOUNT_90, AMOUNT_100, AGE, FROM_90, FROM_100, EXTRA_FROM, EXTRA_AMOUNT,
                    ROUNDING)
            .reasons(UNDER_AGE)
            .texts(TEXTS)
            .relations(StandardsRelation.ascending("an older age band must not be paid less", AMOUNT_80, AMOUNT_90,
                    AMOUNT_100),
                    StandardsRelation.ascending("a later band must start at an older age", AGE, FROM_90, FROM_100),
                    StandardsRelation.of("the extra band has an age and an amount",
                            "set senior.allowance.extra.from and senior.allowance.extra together, or neither",
                            r -> r.find(EXTRA_FROM).isPresent() == r.find(EXTRA_AMOUNT).isPresent()
                                    ? java.util.Optional.empty()
                                    : java.util.Optional.of("only one of senior.allowance.extra.from and "
                                            + "senior.allowance.extra is set")))
            .monthly(MonthlyBehaviour.monthly().withApproval(ApprovalLevel.COUNTY)
                    .withScreening(Screening.monthly(Screening.Action.START)
                            .candidates("aged 59 or more on the month's last day", SeniorAllowance::candidate)))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                    Measure.PAYMENTS, Measure.AMOUNT, Measure.BY_CATEGORY))
            .build();

    /**
     * Aged 59 or more on the month's last day: the allowance age is at least 60 ({@link #AGE}'s range) and,
     * whatever the age basis, a person who reaches an age in a month has completed at least one year less by its end.
     */
    private static boolean candidate(Person p, YearMonth m) {
        return AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 59;
    }

    /** A band: its start and amount standard. */
    private record Band(int from, Standard<Money> amount) {
    }

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        Person p = r.person();
        AgeBasis basis = d.use(standards, AGE_BASIS);
        int age = basis.ageIn(p.birthDate(), r.month());
        d.step("senior.age", basis, age);
        List<Band> bands = new ArrayList<>(List.of(new Band(d.use(standards, AGE), AMOUNT_80),
                new Band(d.use(standards, FROM_90), AMOUNT_90), new Band(d.use(standards, FROM_100), AMOUNT_100)));
        Optional<Integer> extra = d.useIfPresent(standards, EXTRA_FROM);
        if (extra.isPresent()) {
            bands.add(new Band(extra.get(), EXTRA_AMOUNT));
        }
        bands.sort(Comparator.comparingInt(Band::from));
        int at = -1;
        for (int i = 0; i < bands.size(); i++) {
            if (age >= bands.get(i).from()) {
                at = i;
            }
        }
        if (at < 0) {
            return d.fail(UNDER_AGE).step("senior.under-age", age, bands.get(0).from()).build(Rounding.FEN);
        }
        Band band = bands.get(at);
        Integer next = at + 1 < bands.size() ? bands.get(at + 1).from() : null;
        Coded category = category(band.from(), next);
        Money amount = d.use(standards, band.amount());
        d.category(category).component(PaymentComponent.BASE, null, amount.amount()).step("senior.band", category, amount);
        return d.build(d.use(standards, ROUNDING));
    }

    /** The band as a category: the national band constant when the ages are the national ones. */
    private static Coded category(int from, Integer next) {
        String code = next == null ? from + "+" : from + "-" + (next - 1);
        for (SeniorAllowanceBand b : SeniorAllowanceBand.values()) {
            if (b.code().equals(code)) {
                return b;
            }
        }
        return next == null ? new AgeBand(code, from + "周岁及以上", "age " + from + " and over")
                : new AgeBand(code, from + "至" + (next - 1) + "周岁", "age " + from + " to " + (next - 1));
    }

    /** A band the region defines that is none of the national ones (e.g. 95 to 99). */
    private record AgeBand(String code, String chineseName, String englishName) implements Coded {
    }
}
