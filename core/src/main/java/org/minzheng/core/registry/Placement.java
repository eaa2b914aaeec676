package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Where a supported person lives (供养/养育方式): at home or in the community (分散供养, 社会散居), or in an
 * institution (集中供养, 机构集中养育). Decides, for example, whether an orphan is paid the institutional
 * or the dispersed orphan standard. Only {@link #INSTITUTIONAL} is paid an institutional standard; kinship and
 * foster care are dispersed for the standards.
 */
public enum Placement implements Coded {
    /** At home, in the community (分散供养 / 社会散居). The default. */
    DISPERSED("dispersed", "分散供养（社会散居）", "at home"),
    /** In a welfare institution or care home (集中供养 / 机构集中养育). */
    INSTITUTIONAL("institutional", "集中供养（机构养育）", "in an institution"),
    /**
     * Raised by relatives other than the parents, or in a foster family (亲属抚养 / 家庭寄养): for the standards a
     * dispersed placement (社会散居), recorded apart because the bureau follows it up differently.
     */
    KINSHIP_CARE("kinship-care", "亲属抚养（家庭寄养）", "kinship or foster care");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Placement(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Whether the standards of institutional (集中) support apply.
     *
     * @return {@code true} for {@link #INSTITUTIONAL} only
     */
    public boolean institutional() {
        return this == INSTITUTIONAL;
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
