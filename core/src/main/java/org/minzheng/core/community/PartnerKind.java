package org.minzheng.core.community;

import org.minzheng.core.code.Coded;

/**
 * The partner a referral goes to in 五社联动 (five-party linkage): communities, social organisations,
 * social workers, community volunteers and charitable resources.
 */
public enum PartnerKind implements Coded {
    /** 社区: a community (residents or villagers committee). */
    COMMUNITY("community", "社区", "community"),
    /** 社会组织: a social organisation. */
    SOCIAL_ORGANISATION("social-organisation", "社会组织", "social organisation"),
    /** 社会工作者: social workers, e.g. a township social-work station (社工站). */
    SOCIAL_WORKER("social-worker", "社会工作者", "social worker"),
    /** 社区志愿者: community volunteers. */
    VOLUNTEER("volunteer", "社区志愿者", "community volunteer"),
    /** 社会慈善资源: charitable resources. */
    CHARITY("charity", "社会慈善资源", "charitable resource");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PartnerKind(String code, String chineseName, String englishName) {
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
