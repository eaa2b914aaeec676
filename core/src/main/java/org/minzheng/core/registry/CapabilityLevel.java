package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Capability level of an older person (老年人能力等级) under GB/T 42195-2022 《老年人能力评估规范》:
 * total score 90 intact, 66–89 mild, 46–65 moderate, 30–45 severe, 0–29 complete loss.
 */
public enum CapabilityLevel implements Coded {
    /** 能力完好: total score 90. */
    INTACT("intact", "能力完好", "capability intact"),
    /** 轻度失能: total score 66–89. */
    MILD("mild", "轻度失能", "mild disability"),
    /** 中度失能: total score 46–65. */
    MODERATE("moderate", "中度失能", "moderate disability"),
    /** 重度失能: total score 30–45. */
    SEVERE("severe", "重度失能", "severe disability"),
    /** 完全失能: total score 0–29. */
    COMPLETE("complete", "完全失能", "complete disability");

    private final String code;
    private final String chineseName;
    private final String englishName;

    CapabilityLevel(String code, String chineseName, String englishName) {
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
