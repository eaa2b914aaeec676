package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Self-care ability (生活自理能力) derived from the number of activities of daily living lost:
 * none lost → able (具备生活自理能力), 1–3 lost → partially lost (部分丧失), 4–6 lost → fully lost
 * (完全丧失), following 《特困人员认定办法》 (民发〔2021〕43号).
 */
public enum SelfCareAbility implements Coded {
    /** 具备生活自理能力: no activity lost. */
    ABLE("able", "具备生活自理能力", "able to care for oneself"),
    /** 部分丧失生活自理能力: one to three activities lost. */
    PARTIALLY_LOST("partially-lost", "部分丧失生活自理能力", "self-care partially lost"),
    /** 完全丧失生活自理能力: four or more activities lost. */
    FULLY_LOST("fully-lost", "完全丧失生活自理能力", "self-care fully lost");

    private final String code;
    private final String chineseName;
    private final String englishName;

    SelfCareAbility(String code, String chineseName, String englishName) {
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

    /**
     * The ability for a number of lost activities.
     *
     * @param lost activities lost, 0 to 6
     * @return the ability
     * @throws IllegalArgumentException if {@code lost} is outside 0–6
     */
    public static SelfCareAbility ofLostActivities(int lost) {
        if (lost < 0 || lost > 6) {
            throw new IllegalArgumentException("lost activities must be 0-6: " + lost);
        }
        return lost == 0 ? ABLE : lost <= 3 ? PARTIALLY_LOST : FULLY_LOST;
    }
}
