package org.minzheng.core.facility;

import org.minzheng.core.code.Coded;

/**
 * The kind of a facility (设施类型).
 */
public enum FacilityKind implements Coded {
    /** 养老机构: a residential elderly-care institution. */
    ELDERLY_CARE_INSTITUTION("elderly-care-institution", "养老机构", "elderly-care institution"),
    /** 区域性养老服务中心: a rural regional elderly-care centre. */
    REGIONAL_ELDERLY_CARE_CENTRE("regional-elderly-care-centre", "区域性养老服务中心", "regional elderly-care centre"),
    /** 社区居家养老服务中心: a community or township home-care centre. */
    COMMUNITY_ELDERLY_CARE_CENTRE("community-elderly-care-centre", "社区居家养老服务中心", "community home-care centre"),
    /** 残疾人托养中心: a care centre for disabled or dementia patients. */
    DISABILITY_CARE_CENTRE("disability-care-centre", "残疾人托养中心", "care centre for disabled persons"),
    /** 关爱之家: a care site for children (关爱之家/儿童之家). */
    CHILDREN_CARE_SITE("children-care-site", "关爱之家", "children care site"),
    /** 社工站: a township social-work station. */
    SOCIAL_WORK_STATION("social-work-station", "社工站", "social-work station"),
    /** 社区综合服务中心: a community service centre. */
    COMMUNITY_SERVICE_CENTRE("community-service-centre", "社区综合服务中心", "community service centre"),
    /** 其他: any other facility. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    FacilityKind(String code, String chineseName, String englishName) {
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
