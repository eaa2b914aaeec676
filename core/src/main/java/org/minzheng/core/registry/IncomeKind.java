package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Kind of household income (家庭收入类型).
 *
 * <p>Whether a kind counts towards the income test of the minimum living guarantee follows the
 * national rules (《最低生活保障审核确认办法》, 民发〔2021〕57号): wages, net business income, net
 * property income, pensions and net transfers count; veterans' benefits (优抚金), social-assistance
 * money, rewards (奖励金), family-planning awards (计划生育奖励与扶助金) and the basic-pension base amount of
 * the urban and rural residents' scheme (城乡居民基本养老保险基础养老金) do not. Regions may decide otherwise
 * where the national rules let them: the 低保 standards {@code dibao.income.exclude.*} decide, per region,
 * whether the last four kinds are left out; {@link #countsForDibao()} is the national default.
 */
public enum IncomeKind implements Coded {
    /** 工资性收入: wages and salaries. */
    WAGE("wage", "工资性收入", "wage income", true),
    /** 经营净收入: net income from farming or a business. */
    BUSINESS("business", "经营净收入", "net business income", true),
    /** 财产净收入: rent, interest, dividends. */
    PROPERTY("property", "财产净收入", "net property income", true),
    /** 养老金: pensions and retirement pay. */
    PENSION("pension", "养老金", "pension", true),
    /** 转移净收入: maintenance and other private transfers. */
    TRANSFER("transfer", "转移净收入", "net transfer income", true),
    /** 优抚金: benefits for veterans and their families (not counted). */
    VETERANS_BENEFIT("veterans-benefit", "优抚金", "veterans' benefit", false),
    /** 社会救助金: social-assistance payments (not counted). */
    SOCIAL_ASSISTANCE("social-assistance", "社会救助金", "social-assistance money", false),
    /** 奖励金: rewards and awards, e.g. for bravery or a model worker (not counted). */
    REWARD("reward", "奖励金", "reward", false),
    /** 计划生育奖励与扶助金: family-planning rewards and assistance (not counted). */
    FAMILY_PLANNING_AWARD("family-planning-award", "计划生育奖励与扶助金", "family-planning award", false),
    /**
     * 基础养老金: the base amount of the urban and rural residents' basic pension, paid from public funds (not
     * counted); the part from the person's own account is a {@link #PENSION}.
     */
    BASIC_PENSION("basic-pension", "城乡居民基本养老保险基础养老金", "basic-pension base amount", false),
    /** 其他收入: any other income. */
    OTHER("other", "其他收入", "other income", true),
    /**
     * 工伤保险生活护理费: the care allowance paid by work-injury insurance to a worker who needs care. Counted like
     * other social-insurance benefits (民发〔2021〕57号 does not exclude it); a person receiving it gets no
     * 重度残疾人护理补贴 (国发〔2015〕52号).
     */
    WORK_INJURY_CARE("work-injury-care", "工伤保险生活护理费", "work-injury care allowance", true),
    /**
     * 长期护理保险待遇: benefits of long-term-care insurance where a city has the scheme. Counted like other
     * social-insurance benefits; whether it excludes the 重度残疾人护理补贴 is a regional standard
     * ({@code disability.care.excluded-with-ltci}).
     */
    LONG_TERM_CARE_INSURANCE("long-term-care-insurance", "长期护理保险待遇", "long-term-care insurance benefit", true);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final boolean countsForDibao;

    IncomeKind(String code, String chineseName, String englishName, boolean countsForDibao) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.countsForDibao = countsForDibao;
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
     * Whether the national rules count this kind of income in the dibao income test
     * (计入低保家庭收入).
     *
     * @return {@code true} if counted
     */
    public boolean countsForDibao() {
        return countsForDibao;
    }
}
