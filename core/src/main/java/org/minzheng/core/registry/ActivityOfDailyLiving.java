package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * An activity of daily living (日常生活活动): the six activities on which the self-care ability
 * of a person in extreme poverty is judged (《特困人员认定办法》, 民发〔2021〕43号).
 */
public enum ActivityOfDailyLiving implements Coded {
    /** 进食: eating. */
    EATING("eating", "进食", "eating"),
    /** 穿衣: dressing. */
    DRESSING("dressing", "穿衣", "dressing"),
    /** 上下床: getting in and out of bed. */
    TRANSFERRING("transferring", "上下床", "getting in and out of bed"),
    /** 如厕: using the toilet. */
    TOILETING("toileting", "如厕", "toileting"),
    /** 室内行走: walking indoors. */
    WALKING_INDOORS("walking-indoors", "室内行走", "walking indoors"),
    /** 洗澡: bathing. */
    BATHING("bathing", "洗澡", "bathing");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ActivityOfDailyLiving(String code, String chineseName, String englishName) {
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
