package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/**
 * A service from the home-care catalogue (居家养老上门服务项目).
 */
public enum HomeCareService implements Coded {
    /** 清洁卫生: cleaning. */
    CLEANING("cleaning", "清洁卫生", "cleaning"),
    /** 理发: haircut. */
    HAIRCUT("haircut", "理发", "haircut"),
    /** 剃须: shaving. */
    SHAVING("shaving", "剃须", "shaving"),
    /** 助浴: help with bathing. */
    BATHING("bathing", "助浴", "bathing"),
    /** 助餐: help with meals. */
    MEAL_HELP("meal-help", "助餐", "meal help"),
    /** 代购: shopping. */
    SHOPPING("shopping", "代购", "shopping"),
    /** 陪同就医: accompanying to the doctor. */
    ACCOMPANYING_TO_DOCTOR("accompanying-to-doctor", "陪同就医", "accompanying to the doctor"),
    /** 其他: any other service. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    HomeCareService(String code, String chineseName, String englishName) {
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
