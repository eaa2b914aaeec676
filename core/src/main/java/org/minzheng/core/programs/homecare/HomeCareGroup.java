package org.minzheng.core.programs.homecare;

import org.minzheng.core.code.Coded;

/** Why an elderly person is eligible for home-care visits (居家养老上门服务对象类别). */
public enum HomeCareGroup implements Coded {
    /** Old enough for universal service ({@code homecare.age.general}). */
    GENERAL_AGE("general-age", "高龄普惠对象", "old enough for universal service"),
    /** Low income: in a dibao household or in 特困 support. */
    LOW_INCOME("low-income", "低保、特困老年人", "low-income elderly"),
    /** Disabled: grade 1–2 disability, or moderate or worse capability loss (GB/T 42195-2022). */
    DISABLED("disabled", "失能、重度残疾老年人", "disabled elderly"),
    /** Living alone (a household of one). */
    LIVING_ALONE("living-alone", "独居老年人", "elderly living alone");

    private final String code;
    private final String chineseName;
    private final String englishName;

    HomeCareGroup(String code, String chineseName, String englishName) {
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
