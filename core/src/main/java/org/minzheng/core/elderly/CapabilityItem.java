package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/**
 * The 26 items of the older-adult capability assessment (老年人能力评估指标), GB/T 42195-2022, each scored
 * from 0 to its {@link #maxScore()}; a higher score means more capability. The maxima add up to 90.
 */
public enum CapabilityItem implements Coded {
    /** eating (进食), 0–4. */
    EATING("eating", CapabilityDomain.SELF_CARE, 4, "进食", "eating"),
    /** grooming (修饰), 0–4. */
    GROOMING("grooming", CapabilityDomain.SELF_CARE, 4, "修饰", "grooming"),
    /** bathing (洗澡), 0–4. */
    BATHING("bathing", CapabilityDomain.SELF_CARE, 4, "洗澡", "bathing"),
    /** putting on and taking off upper clothing (穿/脱上衣), 0–4. */
    DRESSING_UPPER("dressing-upper", CapabilityDomain.SELF_CARE, 4, "穿/脱上衣", "putting on and taking off upper clothing"),
    /** putting on and taking off trousers and shoes (穿/脱裤子和鞋袜), 0–4. */
    DRESSING_LOWER("dressing-lower", CapabilityDomain.SELF_CARE, 4, "穿/脱裤子和鞋袜", "putting on and taking off trousers and shoes"),
    /** bladder control (小便控制), 0–4. */
    BLADDER_CONTROL("bladder-control", CapabilityDomain.SELF_CARE, 4, "小便控制", "bladder control"),
    /** bowel control (大便控制), 0–4. */
    BOWEL_CONTROL("bowel-control", CapabilityDomain.SELF_CARE, 4, "大便控制", "bowel control"),
    /** toileting (如厕), 0–4. */
    TOILETING("toileting", CapabilityDomain.SELF_CARE, 4, "如厕", "toileting"),
    /** bed mobility (床上体位转移), 0–4. */
    BED_MOBILITY("bed-mobility", CapabilityDomain.MOBILITY, 4, "床上体位转移", "bed mobility"),
    /** bed-chair transfer (床椅转移), 0–4. */
    BED_CHAIR_TRANSFER("bed-chair-transfer", CapabilityDomain.MOBILITY, 4, "床椅转移", "bed-chair transfer"),
    /** walking on level ground (平地行走), 0–4. */
    WALKING("walking", CapabilityDomain.MOBILITY, 4, "平地行走", "walking on level ground"),
    /** going up and down stairs (上下楼梯), 0–3. */
    STAIRS("stairs", CapabilityDomain.MOBILITY, 3, "上下楼梯", "going up and down stairs"),
    /** orientation to time (时间定向), 0–4. */
    ORIENTATION_TIME("orientation-time", CapabilityDomain.MENTAL_STATE, 4, "时间定向", "orientation to time"),
    /** orientation to place (空间定向), 0–4. */
    ORIENTATION_PLACE("orientation-place", CapabilityDomain.MENTAL_STATE, 4, "空间定向", "orientation to place"),
    /** orientation to person (人物定向), 0–4. */
    ORIENTATION_PERSON("orientation-person", CapabilityDomain.MENTAL_STATE, 4, "人物定向", "orientation to person"),
    /** memory (记忆), 0–4. */
    MEMORY("memory", CapabilityDomain.MENTAL_STATE, 4, "记忆", "memory"),
    /** understanding (理解能力), 0–4. */
    UNDERSTANDING("understanding", CapabilityDomain.MENTAL_STATE, 4, "理解能力", "understanding"),
    /** expression (表达能力), 0–4. */
    EXPRESSION("expression", CapabilityDomain.MENTAL_STATE, 4, "表达能力", "expression"),
    /** aggressive behaviour (攻击行为), 0–1. */
    AGGRESSION("aggression", CapabilityDomain.MENTAL_STATE, 1, "攻击行为", "aggressive behaviour"),
    /** depressive symptoms (抑郁症状), 0–1. */
    DEPRESSION("depression", CapabilityDomain.MENTAL_STATE, 1, "抑郁症状", "depressive symptoms"),
    /** level of consciousness (意识水平), 0–2. */
    CONSCIOUSNESS("consciousness", CapabilityDomain.MENTAL_STATE, 2, "意识水平", "level of consciousness"),
    /** vision (视力), 0–2. */
    VISION("vision", CapabilityDomain.PERCEPTION_AND_PARTICIPATION, 2, "视力", "vision"),
    /** hearing (听力), 0–2. */
    HEARING("hearing", CapabilityDomain.PERCEPTION_AND_PARTICIPATION, 2, "听力", "hearing"),
    /** carrying out daily tasks (执行日常事务), 0–4. */
    DAILY_TASKS("daily-tasks", CapabilityDomain.PERCEPTION_AND_PARTICIPATION, 4, "执行日常事务", "carrying out daily tasks"),
    /** going out by transport (使用交通工具外出), 0–3. */
    TRANSPORT("transport", CapabilityDomain.PERCEPTION_AND_PARTICIPATION, 3, "使用交通工具外出", "going out by transport"),
    /** social interaction (社会交往能力), 0–4. */
    SOCIAL_INTERACTION("social-interaction", CapabilityDomain.PERCEPTION_AND_PARTICIPATION, 4, "社会交往能力", "social interaction");

    private final String code;
    private final CapabilityDomain domain;
    private final int maxScore;
    private final String chineseName;
    private final String englishName;

    CapabilityItem(String code, CapabilityDomain domain, int maxScore, String chineseName, String englishName) {
        this.code = code;
        this.domain = domain;
        this.maxScore = maxScore;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The domain the item belongs to.
     *
     * @return the domain
     */
    public CapabilityDomain domain() {
        return domain;
    }

    /**
     * The highest score of the item.
     *
     * @return the maximum, 1 to 4
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
