package org.minzheng.spi.storage;

/**
 * What a write did (操作类型), as recorded in the audit log.
 */
public enum AuditOperation {
    /** 新增 — a record was stored for the first time. */
    CREATE("create", "新增", "create"),
    /** 修改 — a new version of a record replaced the previous one. */
    UPDATE("update", "修改", "update"),
    /** 发放入账 — a payment was posted to the ledger. */
    POST("post", "发放入账", "post"),
    /** 冲正 — a reversing entry was posted against a payment. */
    REVERSE("reverse", "冲正", "reverse");

    private final String code;
    private final String chineseName;
    private final String englishName;

    AuditOperation(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The stable lower-case code.
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
