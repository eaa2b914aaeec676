package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/** The four domains of GB/T 42195-2022 (评估维度). */
public enum CapabilityDomain implements Coded {
    /** 自理能力, 8 items, maximum 32. */
    SELF_CARE("self-care", "自理能力", "self-care", 32),
    /** 基础运动能力, 4 items, maximum 15. */
    MOBILITY("mobility", "基础运动能力", "basic mobility", 15),
    /** 精神状态, 9 items, maximum 28. */
    MENTAL_STATE("mental-state", "精神状态", "mental state", 28),
    /** 感知觉与社会参与, 5 items, maximum 15. */
    PERCEPTION_AND_PARTICIPATION("perception-participation", "感知觉与社会参与", "perception and social participation", 15);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final int maxScore;

    CapabilityDomain(String code, String chineseName, String englishName, int maxScore) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.maxScore = maxScore;
    }

    /**
     * The highest total of the domain.
     *
     * @return the maximum
     */
    public int maxScore() {
        return maxScore;
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
