package org.minzheng.core.rule;

import org.minzheng.core.code.Coded;

/**
 * A figure a program reports in the district report (统计指标). The report computes each from storage in the
 * same way for every program that declares it; a household program counts households and the persons in
 * them, a person program persons.
 */
public enum Measure implements Coded {
    /** Cases that started paying or serving within the period (新增: approved → active). */
    NEW("new", "新增", "new"),
    /** Cases terminated within the period (注销). */
    CANCELLED("cancelled", "注销", "cancelled"),
    /** Cases active or in gradual exit at the end of the period (期末在保). */
    IN_COVERAGE("in-coverage", "期末在保", "in coverage at the end"),
    /** Subjects paid or served at any time during the period (期内惠及). */
    REACHED("reached", "期内惠及", "reached during the period"),
    /** Payments posted: one per case and month paid (发放人次 / 户次). */
    PAYMENTS("payments", "发放人次", "payments"),
    /** The amount paid for the months of the period, postings minus reversals (发放金额). */
    AMOUNT("amount", "发放金额", "amount paid"),
    /** Cases in coverage at the end by the category their decision found (分类在保). */
    BY_CATEGORY("by-category", "分类在保", "in coverage by category"),
    /** Service records of the program's kind dated within the period, and the subjects served (服务). */
    SERVICES("services", "服务", "services delivered"),
    /** Hours of service delivered within the period (服务时长). */
    HOURS("hours", "服务时长（小时）", "hours delivered"),
    /** Subjects in coverage at the end with a record of the program's kind in force (有效记录). */
    RECORD_IN_FORCE("record-in-force", "期末有效记录", "with a record in force at the end"),
    /**
     * Hours of service granted for the months of the period: for each case and month in which it was active or in
     * gradual exit at the month's end, the hours per month its decision of that month grants
     * ({@link org.minzheng.core.decision.Decision#hoursPerMonth()}); compared with {@link #HOURS} (核定服务时长).
     */
    HOURS_GRANTED("hours-granted", "核定服务时长（小时）", "hours granted"),
    /**
     * Services due for the months of the period: for each case and month in which it was active or in gradual exit at
     * the month's end, the services per month its decision of that month requires
     * ({@link org.minzheng.core.decision.Decision#servicesPerMonth()}, e.g. care visits by risk); compared with
     * {@link #SERVICES} (应服务次数).
     */
    SERVICES_DUE("services-due", "应服务次数", "services due");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Measure(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
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
}
