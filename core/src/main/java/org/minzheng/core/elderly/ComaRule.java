package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;
import org.minzheng.core.registry.CapabilityLevel;

/**
 * The level assigned to a person in a coma (昏迷者的评定等级). Sources disagree: the older MZ/T 039-2013
 * assigned its worst level, 重度失能; readings of GB/T 42195-2022 assign 完全失能. The choice is the
 * standard {@code capability.coma-level}; the default is {@link #COMPLETE}.
 */
public enum ComaRule implements Coded {
    /** 重度失能. */
    SEVERE("severe", "评定为重度失能", "assessed as severe disability", CapabilityLevel.SEVERE),
    /** 完全失能 (the default). */
    COMPLETE("complete", "评定为完全失能", "assessed as complete disability", CapabilityLevel.COMPLETE);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final CapabilityLevel level;

    ComaRule(String code, String chineseName, String englishName, CapabilityLevel level) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.level = level;
    }

    /**
     * The level a person in a coma is assessed at.
     *
     * @return the level
     */
    public CapabilityLevel level() {
        return level;
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
