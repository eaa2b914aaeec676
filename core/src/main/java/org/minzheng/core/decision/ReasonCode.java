package org.minzheng.core.decision;

import java.util.Objects;
import java.util.regex.Pattern;

import org.minzheng.core.code.Coded;

/**
 * Why a decision came out as it did (决定理由代码): one code for every condition that failed, and notes on how
 * the amount was formed, each with its Chinese and English message. Codes are stable: policy-case files
 * and stored explanations use them.
 *
 * <p>Every program declares the reasons its rule may give (see {@code org.minzheng.core.rule.ProgramRule});
 * codes start with the program's short name, e.g. {@code dibao.income-not-below-standard}. A few reasons
 * belong to no program and are constants here, e.g. {@link #SUBJECT_DECEASED}.
 *
 * <p>Immutable; equal when code and kind are equal.
 */
public final class ReasonCode implements Coded {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    /** Whether a code states a failed condition or a note. */
    public enum Kind {
        /** A condition of eligibility that is not met (不符合条件). */
        FAILED,
        /** Information about how the result was formed (说明). */
        NOTE
    }

    /** The subject has died (对象已死亡): fails every program. */
    public static final ReasonCode SUBJECT_DECEASED = failed("subject-deceased", "对象已死亡", "the subject has died");

    /** The subject is not yet born in the month assessed (对象尚未出生): fails every program. */
    public static final ReasonCode SUBJECT_NOT_BORN = failed("subject-not-born", "评估月份对象尚未出生",
            "the subject is not yet born in the month assessed");

    private final String code;
    private final Kind kind;
    private final String chineseName;
    private final String englishName;

    private ReasonCode(String code, Kind kind, String chineseName, String englishName) {
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.chineseName = requireText(chineseName, "chineseName", code);
        this.englishName = requireText(englishName, "englishName", code);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("malformed reason code '" + code + "': expected lower-case words "
                    + "(a-z, 0-9, '-') separated by dots, e.g. dibao.income-not-below-standard");
        }
    }

    private static String requireText(String text, String what, String code) {
        Objects.requireNonNull(text, () -> what + " of reason " + code);
        if (text.isBlank()) {
            throw new IllegalArgumentException("reason " + code + " needs a non-blank " + what);
        }
        return text;
    }

    /**
     * A failed condition.
     *
     * @param code the code, e.g. {@code dibao.income-not-below-standard}
     * @param chinese the Chinese message
     * @param english the English message
     * @return the reason
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is malformed or a message is blank
     */
    public static ReasonCode failed(String code, String chinese, String english) {
        return new ReasonCode(code, Kind.FAILED, chinese, english);
    }

    /**
     * A note on how the result was formed.
     *
     * @param code the code, e.g. {@code temporary.capped}
     * @param chinese the Chinese message
     * @param english the English message
     * @return the reason
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is malformed or a message is blank
     */
    public static ReasonCode note(String code, String chinese, String english) {
        return new ReasonCode(code, Kind.NOTE, chinese, english);
    }

    /**
     * Whether this code states a failed condition or a note.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ReasonCode r && r.code.equals(code) && r.kind == kind;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code, e.g. {@code dibao.income-not-below-standard}. */
    @Override
    public String toString() {
        return code;
    }
}
