package org.minzheng.jiangsu.springfestival;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.children.ChildClassifier;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 春节慰问金 (Spring Festival consolation payment), a local program of the Jiangsu reference plugin, declared in
 * one place like every national program: paid once a year, in January, to each household that receives 低保, has
 * a member in 特困 support, or raises an orphan who receives the 困境儿童 subsidy. The monthly run screens the
 * registry every January and pays each qualifying household at once; nothing outside this package names it.
 *
 * <h2>Rule</h2>
 * The household's groups: 低保 (the household receives 低保 at the start of January), 特困 (a member of the month is
 * in 特困 support), orphan (a member of the month receives the 困境儿童 subsidy and is an orphan by {@link
 * ChildClassifier}). The payment is the largest of the groups' amounts ({@link #AMOUNT_DIBAO}, {@link
 * #AMOUNT_TEKUN}, {@link #AMOUNT_ORPHAN}), once per household; a household in no group is not eligible.
 */
public final class SpringFestivalGift {

    private SpringFestivalGift() {
    }

    /** The program's code: {@code js-spring-festival}. */
    public static final ProgramCode CODE = ProgramCode.of("js-spring-festival");

    /**
     * {@code js-spring-festival.amount.dibao} — 春节慰问金（低保家庭） (Spring Festival payment, dibao household).
     */
    public static final Standard<Money> AMOUNT_DIBAO = Standard.builder("js-spring-festival.amount.dibao",
                    ValueType.MONEY)
            .names("春节慰问金（低保家庭）", "Spring Festival payment, dibao household")
            .unit(Unit.YUAN)
            .mandatory()
            .description("One-off Spring Festival consolation payment, in January, to a household receiving dibao.")
            .build();

    /**
     * {@code js-spring-festival.amount.tekun} — 春节慰问金（特困供养人员家庭） (Spring Festival payment, household with a
     * person in extreme-poverty support).
     */
    public static final Standard<Money> AMOUNT_TEKUN = Standard.builder("js-spring-festival.amount.tekun",
                    ValueType.MONEY)
            .names("春节慰问金（特困供养人员家庭）", "Spring Festival payment, household with a person in tekun support")
            .unit(Unit.YUAN)
            .mandatory()
            .description("One-off Spring Festival consolation payment, in January, to a household with a member in "
                    + "extreme-poverty support.")
            .build();

    /**
     * {@code js-spring-festival.amount.orphan} — 春节慰问金（孤儿家庭） (Spring Festival payment, household raising an
     * orphan).
     */
    public static final Standard<Money> AMOUNT_ORPHAN = Standard.builder("js-spring-festival.amount.orphan",
                    ValueType.MONEY)
            .names("春节慰问金（孤儿家庭）", "Spring Festival payment, household raising an orphan")
            .unit(Unit.YUAN)
            .mandatory()
            .description("One-off Spring Festival consolation payment, in January, to a household raising an orphan "
                    + "who receives the living subsidy for children in difficulty.")
            .build();

    /** not a dibao, 特困 or orphan household (不属于慰问对象). */
    public static final ReasonCode NOT_IN_GROUP = ReasonCode.failed("js-spring-festival.not-in-group",
            "不属于低保、特困或孤儿家庭", "not a dibao, extreme-poverty or orphan household");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> SpringFestivalGift.class.getResourceAsStream(name));

    /**
     * What the rule reads about a household.
     *
     * @param inDibao whether the household receives 低保
     * @param tekunMembers members of the month in 特困 support
     * @param orphans members of the month who receive the 困境儿童 subsidy as orphans
     */
    public record Request(boolean inDibao, int tekunMembers, int orphans) {
        /**
         * Reads the request from the facts about a household.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            int tekun = 0;
            int orphans = 0;
            LocalDate end = facts.endOfMonth();
            for (Member m : facts.members()) {
                if (facts.enrolments().personIn(m.person().id(), NationalPrograms.TEKUN)) {
                    tekun++;
                }
                if (facts.enrolments().personIn(m.person().id(), NationalPrograms.CHILD_SUBSIDY)
                        && ChildClassifier.classify(m.person(), end).filter(c -> c == ChildCategory.ORPHAN).isPresent()) {
                    orphans++;
                }
            }
            return new Request(facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO),
                    tekun, orphans);
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(CODE, Request::from,
                    SpringFestivalGift::decide)
            .names("春节慰问金", "Spring Festival consolation payment")
            .grantedTo(SubjectKind.HOUSEHOLD)
            .legalBasis(new LegalBasis("丹徒区春节走访慰问困难群众工作安排（示例）", "示例文件，非真实文号"))
            .standards(AMOUNT_DIBAO, AMOUNT_TEKUN, AMOUNT_ORPHAN)
            .reasons(NOT_IN_GROUP)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.yearly(Month.JANUARY))
                    .withScreening(Screening.yearly(Month.JANUARY, Screening.Action.START)))
            .report(ReportLines.of(Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        d.step("js-spring-festival.groups", r.inDibao(), r.tekunMembers(), r.orphans());
        BigDecimal best = null;
        String why = null;
        if (r.inDibao()) {
            best = d.use(standards, AMOUNT_DIBAO).amount();
            why = "js-spring-festival.dibao";
        }
        if (r.tekunMembers() > 0) {
            BigDecimal a = d.use(standards, AMOUNT_TEKUN).amount();
            if (best == null || a.compareTo(best) > 0) {
                best = a;
                why = "js-spring-festival.tekun";
            }
        }
        if (r.orphans() > 0) {
            BigDecimal a = d.use(standards, AMOUNT_ORPHAN).amount();
            if (best == null || a.compareTo(best) > 0) {
                best = a;
                why = "js-spring-festival.orphan";
            }
        }
        if (best == null) {
            return d.fail(NOT_IN_GROUP).build(Rounding.FEN);
        }
        return d.component(PaymentComponent.ONE_OFF, null, best).step(why, Money.of(best)).build(Rounding.FEN);
    }
}
