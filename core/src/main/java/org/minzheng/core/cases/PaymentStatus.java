package org.minzheng.core.cases;

import org.minzheng.core.code.Coded;

/**
 * Kind of a payment ledger entry (发放记录状态). Entries are never changed: a posted entry stays
 * posted; a correction adds a {@link #REVERSED} entry that cancels it, and a new posted entry.
 */
public enum PaymentStatus implements Coded {
    /** 已发放: a payment entry. */
    POSTED("posted", "已发放", "posted"),
    /** 已冲正: a reversing entry (冲正) that cancels an earlier posted entry of the same key. */
    REVERSED("reversed", "已冲正", "reversed");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PaymentStatus(String code, String chineseName, String englishName) {
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
