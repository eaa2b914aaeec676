package org.minzheng.core.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Service counts of a district report (服务统计).
 *
 * @param homeCarePersons distinct older persons visited by home-care workers (居家养老上门服务人数)
 * @param homeCareVisits home-care visits
 * @param homeCareHours hours of home-care service, to two decimals
 * @param careVisitPersons distinct empty-nest or living-alone older persons visited (关爱巡访人数)
 * @param careVisits care visits
 * @param homeAdaptations households whose homes were adapted (居家适老化改造户数)
 * @param insuranceGovernmentPaid accident-insurance enrolments paid by the government, for
 *     special-hardship older persons (政府出资参保, 特殊困难老人)
 * @param insuranceOther other accident-insurance enrolments, paid by the person or shared
 *     (一般老人参保)
 */
public record ServiceFigures(int homeCarePersons, int homeCareVisits, BigDecimal homeCareHours,
                             int careVisitPersons, int careVisits, int homeAdaptations,
                             int insuranceGovernmentPaid, int insuranceOther) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code homeCareHours} is {@code null}
     * @throws IllegalArgumentException if a count is negative
     */
    public ServiceFigures {
        Objects.requireNonNull(homeCareHours, "homeCareHours");
        if (homeCarePersons < 0 || homeCareVisits < 0 || homeCareHours.signum() < 0
                || careVisitPersons < 0 || careVisits < 0 || homeAdaptations < 0
                || insuranceGovernmentPaid < 0 || insuranceOther < 0) {
            throw new IllegalArgumentException("counts must not be negative (统计数不能为负数)");
        }
    }

    /**
     * All accident-insurance enrolments.
     *
     * @return government-paid plus other enrolments
     */
    public int insuranceEnrolments() {
        return insuranceGovernmentPaid + insuranceOther;
    }
}
