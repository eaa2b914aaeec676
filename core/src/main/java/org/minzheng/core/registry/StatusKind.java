package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Whereabouts and status of a person (人员状态): where the person is and whether they can care
 * for their family. The states that make a parent unable to support a child follow
 * 民发〔2019〕62号 on de-facto unsupported children.
 */
public enum StatusKind implements Coded {
    /** 在家: living at home. */
    AT_HOME("at-home", "在家", "at home"),
    /** 外出务工: working away from home. */
    WORKING_AWAY("working-away", "外出务工", "working away"),
    /** 服刑在押: serving a prison sentence. */
    SERVING_SENTENCE("serving-sentence", "服刑在押", "serving a sentence"),
    /** 被羁押: detained or otherwise deprived of liberty. */
    DETAINED("detained", "被羁押", "detained"),
    /** 强制隔离戒毒: in compulsory drug rehabilitation. */
    COMPULSORY_REHABILITATION("compulsory-rehabilitation", "强制隔离戒毒", "compulsory drug rehabilitation"),
    /** 失联: no contact and no care given. */
    LOST_CONTACT("lost-contact", "失联", "lost contact"),
    /** 宣告失踪: declared missing by a court. */
    DECLARED_MISSING("declared-missing", "宣告失踪", "declared missing"),
    /** 死亡: deceased (including declared dead). */
    DECEASED("deceased", "死亡", "deceased"),
    /** 撤销监护资格: guardianship revoked by a court. */
    GUARDIANSHIP_REVOKED("guardianship-revoked", "撤销监护资格", "guardianship revoked"),
    /** 被遣送（驱逐）出境: deported or expelled from the country. */
    DEPORTED("deported", "被遣送（驱逐）出境", "deported");

    private final String code;
    private final String chineseName;
    private final String englishName;

    StatusKind(String code, String chineseName, String englishName) {
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
     * Whether this state deprives the person of liberty (服刑在押、羁押、强制隔离戒毒).
     *
     * @return {@code true} for serving a sentence, detention and compulsory rehabilitation
     */
    public boolean deprivesOfLiberty() {
        return this == SERVING_SENTENCE || this == DETAINED || this == COMPULSORY_REHABILITATION;
    }
}
