package org.minzheng.core.programs;

import java.util.List;

import org.minzheng.core.program.ProgramCode;

/**
 * The codes of the national programs minzheng ships (国家规定的业务项目代码). Each program is declared in its
 * own package beside this one ({@code org.minzheng.core.programs.dibao}, …) and listed in {@code
 * org.minzheng.core.builtin.BuiltInPrograms}; the codes live here, apart from the declarations, so that a
 * program whose rule refers to another (低保 leaves out members in 特困 support; 特困 asks whether a supporter
 * receives 低保) can name it without the two packages depending on each other.
 *
 * <p>Code outside the program packages and the catalogue never names a particular program; it works from
 * what the programs declare.
 */
public final class NationalPrograms {

    private NationalPrograms() {
    }

    /** 最低生活保障: minimum living guarantee, for households. */
    public static final ProgramCode DIBAO = ProgramCode.of("dibao");
    /** 低保边缘家庭认定: identification of households on the edge of dibao (a category, never paid). */
    public static final ProgramCode DIBAO_EDGE = ProgramCode.of("dibao-edge");
    /** 特困人员救助供养: support for persons in extreme poverty. */
    public static final ProgramCode TEKUN = ProgramCode.of("tekun");
    /** 临时救助: temporary assistance, for households. */
    public static final ProgramCode TEMPORARY_ASSISTANCE = ProgramCode.of("temporary-assistance");
    /** 困难残疾人生活补贴: living subsidy for disabled persons in hardship. */
    public static final ProgramCode DISABILITY_LIVING_SUBSIDY = ProgramCode.of("disability-living-subsidy");
    /** 重度残疾人护理补贴: care subsidy for severely disabled persons. */
    public static final ProgramCode DISABILITY_CARE_SUBSIDY = ProgramCode.of("disability-care-subsidy");
    /** 尊老金（高龄津贴）: age allowance. */
    public static final ProgramCode SENIOR_ALLOWANCE = ProgramCode.of("senior-allowance");
    /** 居家养老上门服务: government-purchased home-care visits. */
    public static final ProgramCode HOME_CARE = ProgramCode.of("home-care");
    /** 关爱巡访: care visits to empty-nest and living-alone elderly. */
    public static final ProgramCode CARE_VISIT = ProgramCode.of("care-visit");
    /** 居家适老化改造: home adaptation for older people, per household. */
    public static final ProgramCode HOME_ADAPTATION = ProgramCode.of("home-adaptation");
    /** 老年人意外伤害保险（安康关爱）: accident insurance for older people. */
    public static final ProgramCode ELDERLY_ACCIDENT_INSURANCE = ProgramCode.of("elderly-accident-insurance");
    /** 困境儿童生活补贴: living subsidy for children in difficulty. */
    public static final ProgramCode CHILD_SUBSIDY = ProgramCode.of("child-subsidy");
    /** 农村留守儿童关爱保护: care and protection of rural left-behind children. */
    public static final ProgramCode LEFT_BEHIND_CHILD_CARE = ProgramCode.of("left-behind-child-care");

    /**
     * Every national code, in catalogue order.
     *
     * @return an unmodifiable list
     */
    public static List<ProgramCode> all() {
        return List.of(DIBAO, TEKUN, TEMPORARY_ASSISTANCE, DISABILITY_LIVING_SUBSIDY, DISABILITY_CARE_SUBSIDY,
                SENIOR_ALLOWANCE, HOME_CARE, CARE_VISIT, HOME_ADAPTATION, ELDERLY_ACCIDENT_INSURANCE, CHILD_SUBSIDY,
                LEFT_BEHIND_CHILD_CARE, DIBAO_EDGE);
    }
}
