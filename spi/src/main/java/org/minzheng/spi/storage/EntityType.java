package org.minzheng.spi.storage;

/**
 * The kinds of record storage keeps (存储实体类型), as named in audit entries and exceptions.
 */
public enum EntityType {
    /** 家庭 — a household with its members. */
    HOUSEHOLD("household", "家庭", "household"),
    /** 人员 — a person. */
    PERSON("person", "人员", "person"),
    /** 业务 — a case of one program, with its history. */
    CASE("case", "业务", "case"),
    /** 资金发放记录 — a ledger entry. */
    PAYMENT("payment", "资金发放记录", "payment"),
    /** 服务记录 — a service record. */
    SERVICE_RECORD("service-record", "服务记录", "service record"),
    /** 服务机构 — a facility. */
    FACILITY("facility", "服务机构", "facility");

    private final String code;
    private final String chineseName;
    private final String englishName;

    EntityType(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The stable lower-case code, as stored in the audit log.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }
}
