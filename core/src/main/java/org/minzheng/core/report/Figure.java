package org.minzheng.core.report;

import java.math.BigDecimal;
import java.util.function.ToIntFunction;

import org.minzheng.core.code.Coded;
import org.minzheng.core.program.Program;

/**
 * The headline figures of a district report (主要指标): what a bureau's annual summary quotes, and
 * what {@link ReferenceFigures} compares against published numbers.
 */
public enum Figure implements Coded {
    /** 低保新增户数. */
    DIBAO_NEW_HOUSEHOLDS("dibao-new-households", "低保新增户数", "dibao households new", r -> r.program(Program.DIBAO).newCases()),
    /** 低保新增人数. */
    DIBAO_NEW_PERSONS("dibao-new-persons", "低保新增人数", "dibao persons new", r -> r.program(Program.DIBAO).newPersons()),
    /** 低保注销户数. */
    DIBAO_CANCELLED_HOUSEHOLDS("dibao-cancelled-households", "低保注销户数", "dibao households cancelled", r -> r.program(Program.DIBAO).cancelledCases()),
    /** 低保注销人数. */
    DIBAO_CANCELLED_PERSONS("dibao-cancelled-persons", "低保注销人数", "dibao persons cancelled", r -> r.program(Program.DIBAO).cancelledPersons()),
    /** 低保在保户数. */
    DIBAO_HOUSEHOLDS("dibao-covered-households", "低保在保户数", "dibao households in coverage", r -> r.program(Program.DIBAO).coveredCases()),
    /** 低保在保人数. */
    DIBAO_PERSONS("dibao-covered-persons", "低保在保人数", "dibao persons in coverage", r -> r.program(Program.DIBAO).coveredPersons()),
    /** 低保金累计发放. */
    DIBAO_AMOUNT("dibao-amount", "低保金发放(元)", "dibao paid (yuan)", Program.DIBAO),
    /** 困难残疾人两项补贴人数. */
    DISABILITY_PERSONS("disability-persons", "两项补贴人数", "disability subsidies persons", DistrictReport::disabilitySubsidyPersons),
    /** 困难残疾人两项补贴金额. */
    DISABILITY_AMOUNT("disability-amount", "两项补贴发放(元)", "disability subsidies paid (yuan)", (Program) null),
    /** 特困人员人数. */
    TEKUN_PERSONS("tekun-persons", "特困供养人数", "extreme-poverty persons", r -> r.program(Program.TEKUN).coveredPersons()),
    /** 特困人员供养经费. */
    TEKUN_AMOUNT("tekun-amount", "特困供养经费(元)", "extreme-poverty support paid (yuan)", Program.TEKUN),
    /** 临时救助人次. */
    TEMPORARY_PERSON_TIMES("temporary-person-times", "临时救助人次", "temporary assistance person-times", r -> r.program(Program.TEMPORARY_ASSISTANCE).paymentEntries()),
    /** 临时救助金额. */
    TEMPORARY_AMOUNT("temporary-amount", "临时救助金额(元)", "temporary assistance paid (yuan)", Program.TEMPORARY_ASSISTANCE),
    /** 居家养老上门服务人数. */
    HOME_CARE_PERSONS("home-care-persons", "居家上门服务老人", "home-care elderly served", r -> r.services().homeCarePersons()),
    /** 关爱巡访人数. */
    CARE_VISIT_PERSONS("care-visit-persons", "关爱巡访老人", "elderly given care visits", r -> r.services().careVisitPersons()),
    /** 居家适老化改造户数. */
    HOME_ADAPTATION_HOUSEHOLDS("home-adaptation-households", "适老化改造户数", "homes adapted", r -> r.services().homeAdaptations()),
    /** 特殊困难老人意外险参保人数. */
    INSURANCE_GOVERNMENT("insurance-government", "意外险参保(政府出资)", "accident insurance, government-paid", r -> r.services().insuranceGovernmentPaid()),
    /** 一般老人意外险参保人数. */
    INSURANCE_OTHER("insurance-other", "意外险参保(一般老人)", "accident insurance, other elderly", r -> r.services().insuranceOther()),
    /** 尊老金人数. */
    SENIOR_PERSONS("senior-persons", "尊老金人数", "senior allowance persons", r -> r.program(Program.SENIOR_ALLOWANCE).coveredPersons()),
    /** 尊老金金额. */
    SENIOR_AMOUNT("senior-amount", "尊老金发放(元)", "senior allowance paid (yuan)", Program.SENIOR_ALLOWANCE),
    /** 困境儿童人数. */
    CHILDREN_PERSONS("children-persons", "困境儿童人数", "children in difficulty", r -> r.program(Program.CHILD_SUBSIDY).coveredPersons()),
    /** 困境儿童生活补贴. */
    CHILDREN_AMOUNT("children-amount", "困境儿童补贴(元)", "children's subsidy paid (yuan)", Program.CHILD_SUBSIDY),
    /** 农村留守儿童人数. */
    LEFT_BEHIND("left-behind-children", "农村留守儿童", "left-behind children",
            r -> r.leftBehindWithConfirmation() + r.leftBehindWithoutConfirmation()),
    /** 已签委托监护责任确认书的留守儿童. */
    LEFT_BEHIND_CONFIRMED("left-behind-confirmed", "已签监护确认书", "with signed guardianship confirmation",
            DistrictReport::leftBehindWithConfirmation);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final ToIntFunction<DistrictReport> count;
    private final Program amountOf;

    Figure(String code, String chineseName, String englishName, ToIntFunction<DistrictReport> count) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.count = count;
        this.amountOf = null;
    }

    Figure(String code, String chineseName, String englishName, Program amountOf) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.count = null;
        this.amountOf = amountOf;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }

    /**
     * Whether the figure is an amount of money (元) rather than a count.
     *
     * @return true for amounts
     */
    public boolean isAmount() {
        return count == null;
    }

    /**
     * The figure's value in a report: a count, or an amount in yuan with two decimals.
     *
     * @param report the report
     * @return the value
     */
    public BigDecimal valueIn(DistrictReport report) {
        if (count != null) {
            return BigDecimal.valueOf(count.applyAsInt(report));
        }
        if (amountOf != null) {
            return report.program(amountOf).amountPaid().amount();
        }
        return report.program(Program.DISABILITY_LIVING_SUBSIDY).amountPaid()
                .plus(report.program(Program.DISABILITY_CARE_SUBSIDY).amountPaid()).amount();
    }
}
