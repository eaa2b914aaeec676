package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/**
 * Living arrangement of an older person visited by care visits (居住状况).
 */
public enum LivingArrangement implements Coded {
    /** 空巢: living without children nearby. */
    EMPTY_NEST("empty-nest", "空巢", "empty nest"),
    /** 独居: living alone. */
    LIVING_ALONE("living-alone", "独居", "living alone"),
    /** 其他: any other arrangement. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    LivingArrangement(String code, String chineseName, String englishName) {
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
     * The arrangement that a standing fact of the registry corresponds to.
     *
     * @param situation the registry's living situation (居住状况)
     * @return {@link #LIVING_ALONE}, {@link #EMPTY_NEST}, or {@link #OTHER} for living with family
     */
    public static LivingArrangement of(org.minzheng.core.registry.LivingSituation situation) {
        return switch (java.util.Objects.requireNonNull(situation, "situation")) {
            case LIVING_ALONE -> LIVING_ALONE;
            case EMPTY_NEST -> EMPTY_NEST;
            case WITH_FAMILY -> OTHER;
        };
    }
}
