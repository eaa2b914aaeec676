package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Where a supported person lives (供养/养育方式): at home or in the community (分散供养, 社会散居), or in an
 * institution (集中供养, 机构集中养育). Decides, for example, whether an orphan is paid the institutional
 * or the dispersed orphan standard.
 */
public enum Placement implements Coded {
    /** At home, in the community (分散供养 / 社会散居). The default. */
    DISPERSED("dispersed", "分散供养（社会散居）", "at home"),
    /** In a welfare institution or care home (集中供养 / 机构集中养育). */
    INSTITUTIONAL("institutional", "集中供养（机构养育）", "in an institution");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Placement(String code, String chineseName, String englishName) {
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
