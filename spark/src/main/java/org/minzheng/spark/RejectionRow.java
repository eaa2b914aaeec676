package org.minzheng.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row the job could not use, or a subject a rule could not assess (拒收记录): never dropped silently. It carries
 * the row key (the household id, or the row's position where the id itself is unusable), the canonical path of the
 * field at fault and the reason in Chinese and English — never the value, so no personal data travels with it.
 *
 * <p>A JavaBean because Spark's bean encoder needs a no-argument constructor and setters (decision record 0333);
 * treat it as a value.
 */
public final class RejectionRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** {@value}: the row does not make a valid household. */
    public static final String INVALID_ROW = "invalid-row";
    /** {@value}: the household is valid, but a rule could not assess one of its subjects. */
    public static final String RULE_FAILURE = "rule-failure";

    private String kind;
    private String rowKey;
    private String path;
    private String reasonZh;
    private String reasonEn;

    /** For Spark's encoder. */
    public RejectionRow() {
    }

    /**
     * A rejection.
     *
     * @param kind {@link #INVALID_ROW} or {@link #RULE_FAILURE}
     * @param rowKey the household id, or {@code #partition:row} where the id is unusable
     * @param path the canonical field path, e.g. {@code members[1].birthDate}, or {@code programs.dibao}
     * @param reasonZh the reason in Chinese
     * @param reasonEn the reason in English
     */
    public RejectionRow(String kind, String rowKey, String path, String reasonZh, String reasonEn) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rowKey = Objects.requireNonNull(rowKey, "rowKey");
        this.path = Objects.requireNonNull(path, "path");
        this.reasonZh = Objects.requireNonNull(reasonZh, "reasonZh");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
    }

    /** @return {@link #INVALID_ROW} or {@link #RULE_FAILURE} */
    public String getKind() {
        return kind;
    }

    /** @param value the kind */
    public void setKind(String value) {
        this.kind = value;
    }

    /** @return the household id, or {@code #partition:row} */
    public String getRowKey() {
        return rowKey;
    }

    /** @param value the row key */
    public void setRowKey(String value) {
        this.rowKey = value;
    }

    /** @return the canonical path of the field at fault */
    public String getPath() {
        return path;
    }

    /** @param value the path */
    public void setPath(String value) {
        this.path = value;
    }

    /** @return the reason in Chinese (原因) */
    public String getReasonZh() {
        return reasonZh;
    }

    /** @param value the reason in Chinese */
    public void setReasonZh(String value) {
        this.reasonZh = value;
    }

    /** @return the reason in English */
    public String getReasonEn() {
        return reasonEn;
    }

    /** @param value the reason in English */
    public void setReasonEn(String value) {
        this.reasonEn = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RejectionRow r && Objects.equals(kind, r.kind) && Objects.equals(rowKey, r.rowKey)
                && Objects.equals(path, r.path) && Objects.equals(reasonZh, r.reasonZh)
                && Objects.equals(reasonEn, r.reasonEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rowKey, path, reasonZh, reasonEn);
    }

    /** E.g. {@code RejectionRow[invalid-row H1 members[0].birthDate: 缺少必填字段 / required field missing]}. */
    @Override
    public String toString() {
        return "RejectionRow[" + kind + " " + rowKey + " " + path + ": " + reasonZh + " / " + reasonEn + "]";
    }
}
