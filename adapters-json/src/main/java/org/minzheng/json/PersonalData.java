package org.minzheng.json;

/**
 * Whether personal data (个人信息) is written in full or masked.
 *
 * <p>Masked documents are for exports that leave the bureau (对外导出): identity numbers and
 * disability certificate numbers keep their first six and last four characters, names keep
 * their first character. A masked document cannot be read back into the model, on purpose.
 */
public enum PersonalData {
    /** Full values (完整): for storage and exchange between trusted systems. */
    FULL,
    /** Masked values (脱敏): for exports and reports that leave the bureau. */
    MASKED
}
