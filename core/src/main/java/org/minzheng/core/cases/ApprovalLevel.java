package org.minzheng.core.cases;

import org.minzheng.core.code.Coded;

/**
 * The authority level that acts on a case (审核审批层级): the township government or street office
 * reviews; the county civil-affairs department approves, or the township where approval has been
 * delegated (e.g. small temporary-assistance amounts, 《社会救助暂行办法》 and 民发〔2021〕57号).
 */
public enum ApprovalLevel implements Coded {
    /** 乡镇人民政府（街道办事处）: township level. */
    TOWNSHIP("township", "乡镇人民政府（街道办事处）", "township government or street office"),
    /** 县级人民政府民政部门: county level. */
    COUNTY("county", "县级人民政府民政部门", "county civil-affairs department");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ApprovalLevel(String code, String chineseName, String englishName) {
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
