package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * How an older person lives, as the registry records it (居住状况): alone, with an elderly spouse only (empty
 * nest), or with family. The care-visit record's {@code org.minzheng.core.elderly.LivingArrangement} is what a
 * visitor found on a visit; this is the standing fact, and {@code LivingArrangement.of(LivingSituation)} maps one to
 * the other (decision record 0300: the registry package may not depend on the elderly package).
 */
public enum LivingSituation implements Coded {
    /** 独居: living alone. */
    LIVING_ALONE("living-alone", "独居", "living alone"),
    /** 空巢: living without children (alone with a spouse, or children away). */
    EMPTY_NEST("empty-nest", "空巢", "empty nest"),
    /** 与家人同住: living with children or other family. */
    WITH_FAMILY("with-family", "与家人同住", "with family");

    private final String code;
    private final String chineseName;
    private final String englishName;

    LivingSituation(String code, String chineseName, String englishName) {
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
