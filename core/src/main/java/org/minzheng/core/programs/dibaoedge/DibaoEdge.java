package org.minzheng.core.programs.dibaoedge;

import java.math.BigDecimal;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.AssetTests;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibao.DibaoRequest;
import org.minzheng.core.programs.dibao.HouseholdMeans;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;

/**
 * 低保边缘家庭认定 (identification of households on the edge of dibao), declared in one place. A household that
 * does not qualify for 低保 but whose per-capita countable income is strictly below {@link Dibao#EDGE_MULTIPLE}
 * (default 1.5) × the dibao standard, with assets within the dibao limits, is identified as a 低保边缘家庭. Nothing
 * is paid: the identification is a category other programs read (a case of this program is an enrolment,
 * {@code Enrolments.householdIn(household, NationalPrograms.DIBAO_EDGE)}), e.g. 单人保, medical, education and
 * housing assistance. Income and members are counted exactly as 低保 counts them ({@link HouseholdMeans}).
 * Legal basis: 民政部等《最低生活保障边缘家庭和刚性支出困难家庭认定办法》（2024）.
 */
public final class DibaoEdge {

    private DibaoEdge() {
    }

    /** no member counts in the household (无可计入的家庭成员). */
    public static final ReasonCode NO_MEMBERS = ReasonCode.failed("dibao-edge.no-members",
            "无可计入的家庭成员", "no member counts in the household");

    /** the household receives 低保 (已纳入最低生活保障). */
    public static final ReasonCode IN_DIBAO = ReasonCode.failed("dibao-edge.in-dibao",
            "家庭已纳入最低生活保障", "the household receives dibao");

    /** the household qualifies for 低保 itself (家庭人均收入低于低保标准，应申请低保). */
    public static final ReasonCode BELOW_DIBAO = ReasonCode.failed("dibao-edge.below-dibao-standard",
            "家庭人均收入低于低保标准，应按低保审核", "per-capita income is below the dibao standard: assess for dibao");

    /** per-capita income is not below the multiple of the standard (家庭人均收入不低于低保标准的规定倍数). */
    public static final ReasonCode INCOME_NOT_BELOW_MULTIPLE = ReasonCode.failed("dibao-edge.income-not-below-multiple",
            "家庭人均收入不低于低保标准的规定倍数", "per-capita income is not below the multiple of the dibao standard");

    /** per-capita financial assets exceed the limit (家庭人均金融资产超过限额). */
    public static final ReasonCode FINANCIAL_ASSETS_OVER_LIMIT = ReasonCode.failed("dibao-edge.financial-assets-over-limit",
            "家庭人均金融资产超过限额", "per-capita financial assets exceed the limit");

    /** the household owns more vehicles than allowed (家庭机动车辆超过限额). */
    public static final ReasonCode VEHICLES_OVER_LIMIT = ReasonCode.failed("dibao-edge.vehicles-over-limit",
            "家庭机动车辆超过限额", "the household owns more vehicles than allowed");

    /** the household owns more homes than allowed (家庭其他住房超过限额). */
    public static final ReasonCode HOMES_OVER_LIMIT = ReasonCode.failed("dibao-edge.homes-over-limit",
            "家庭其他住房超过限额", "the household owns more homes than allowed");

    /** some members are not counted (部分成员不计入（特困供养、服刑、强制隔离戒毒、宣告失踪或死亡）). */
    public static final ReasonCode MEMBER_EXCLUDED = ReasonCode.note("dibao-edge.member-excluded",
            "部分成员不计入（特困供养、服刑、强制隔离戒毒、宣告失踪或死亡）",
            "some members are not counted (in extreme-poverty support, in prison, in compulsory rehabilitation, "
                    + "declared missing or deceased)");

    /** The explanation texts, with 低保's for the income and asset steps. */
    public static final Texts TEXTS = Texts.load("texts", name -> DibaoEdge.class.getResourceAsStream(name))
            .including(Dibao.TEXTS);

    /**
     * What the rule reads.
     *
     * @param household the household as 低保 reads it
     * @param inDibao whether the household is enrolled in 低保 at the start of the month
     */
    public record Request(DibaoRequest household, boolean inDibao) {

        /**
         * Checks the parts.
         *
         * @param household the household
         * @param inDibao whether it receives dibao
         */
        public Request {
            java.util.Objects.requireNonNull(household, "household");
        }

        /**
         * Reads the request from the facts about a household.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            return new Request(DibaoRequest.from(facts),
                    facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO));
        }
    }

    /** The program: identified on application, re-assessed monthly, never paid. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.DIBAO_EDGE,
                    Request::from, DibaoEdge::decide)
            .names("低保边缘家庭认定", "households on the edge of dibao")
            .grantedTo(SubjectKind.HOUSEHOLD)
            .legalBasis(Documents.DECREE_649, new LegalBasis("最低生活保障边缘家庭和刚性支出困难家庭认定办法", "民政部等，2024"))
            .standards(Dibao.STANDARD_URBAN, Dibao.STANDARD_RURAL, Dibao.EDGE_MULTIPLE,
                    Dibao.ASSET_FINANCIAL_PER_CAPITA, Dibao.ASSET_VEHICLES, Dibao.ASSET_EXTRA_HOMES,
                    Dibao.EXCLUDE_BASIC_PENSION, Dibao.EXCLUDE_FAMILY_PLANNING, Dibao.EXCLUDE_REWARD,
                    Dibao.EXCLUDE_SOCIAL_ASSISTANCE, Dibao.WORK_COSTS)
            .reasons(NO_MEMBERS, IN_DIBAO, BELOW_DIBAO, INCOME_NOT_BELOW_MULTIPLE, FINANCIAL_ASSETS_OVER_LIMIT,
                    VEHICLES_OVER_LIMIT, HOMES_OVER_LIMIT, MEMBER_EXCLUDED)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service()))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        HouseholdMeans means = HouseholdMeans.of(r.household(), standards, d, MEMBER_EXCLUDED);
        int n = means.counted().size();
        if (n == 0) {
            return d.fail(NO_MEMBERS).build(Rounding.FEN);
        }
        d.step("dibao.income", means.income(), n, means.perCapita());
        if (r.inDibao()) {
            d.fail(IN_DIBAO);
        } else if (means.belowLine()) {
            d.fail(BELOW_DIBAO).step("dibao-edge.below", means.perCapita(), means.standard());
        } else {
            BigDecimal multiple = d.use(standards, Dibao.EDGE_MULTIPLE);
            boolean below = means.belowMultiple(multiple);
            d.step("dibao-edge.multiple", means.perCapita(), multiple, means.standard(),
                    means.standard().amount().multiply(multiple));
            if (!below) {
                d.fail(INCOME_NOT_BELOW_MULTIPLE);
            }
        }
        AssetTests.apply(d, standards, r.household().assets(), n, FINANCIAL_ASSETS_OVER_LIMIT, VEHICLES_OVER_LIMIT,
                HOMES_OVER_LIMIT);
        return d.build(Rounding.FEN);
    }
}
