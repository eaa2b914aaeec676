package org.minzheng.core.identity;

import org.minzheng.core.code.Coded;

/**
 * The level of an administrative division (行政区划层级), after GB/T 2260 and the 12-digit
 * statistical division code of the National Bureau of Statistics.
 */
public enum RegionLevel implements Coded {
    /** 省级 (province, autonomous region, municipality): 2 significant digits. */
    PROVINCE("province", "省级", "province", 2),
    /** 地级 (prefecture-level city, league, autonomous prefecture): 4 significant digits. */
    CITY("city", "地级", "city", 4),
    /** 县级 (county, district, county-level city, banner): 6 significant digits. */
    COUNTY("county", "县级", "county", 6),
    /** 乡级 (township, town, street office): 9 significant digits. */
    TOWNSHIP("township", "乡级", "township", 9),
    /** 村级 (village or residents' committee): 12 significant digits. */
    VILLAGE("village", "村级", "village", 12);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final int digits;

    RegionLevel(String code, String chineseName, String englishName, int digits) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.digits = digits;
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
     * The number of significant digits of a code at this level (有效位数): 2, 4, 6, 9 or 12.
     *
     * @return the number of significant digits
     */
    public int digits() {
        return digits;
    }
}
