package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Labour capacity (劳动能力) as assessed for social assistance.
 */
public enum LabourCapacity implements Coded {
    /** 有劳动能力: able to work. */
    FULL("full", "有劳动能力", "able to work"),
    /** 部分丧失劳动能力: partially unable to work. */
    PARTIAL("partial", "部分丧失劳动能力", "partially able to work"),
    /** 无劳动能力: unable to work. */
    NONE("none", "无劳动能力", "unable to work");

    private final String code;
    private final String chineseName;
    private final String englishName;

    LabourCapacity(String code, String chineseName, String englishName) {
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
