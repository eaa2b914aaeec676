package org.minzheng.core.identity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a string is not a valid identifier (标识符无效异常): an identity number, region
 * code, credit code or disability certificate number.
 *
 * <p>It carries the {@linkplain #kind() kind of identifier}, a machine-readable
 * {@linkplain #reason() reason}, the 1-based {@linkplain #position() position} of the offending
 * character where there is one, and a message in Chinese and English. The message never contains
 * the rejected input: identifiers are personal data, and exceptions end up in logs.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final IdentifierKind kind;
    private final Reason reason;
    private final int position;
    private final String messageZh;
    private final String messageEn;

    /**
     * Creates an exception without a position.
     *
     * @param kind the kind of identifier that was rejected
     * @param reason why it was rejected
     * @param messageZh the message in Chinese; must not contain the full input
     * @param messageEn the message in English; must not contain the full input
     * @throws NullPointerException if any argument is {@code null}
     */
    public InvalidIdentifierException(IdentifierKind kind, Reason reason, String messageZh,
            String messageEn) {
        this(kind, reason, 0, messageZh, messageEn);
    }

    /**
     * Creates an exception pointing at a character of the input.
     *
     * @param kind the kind of identifier that was rejected
     * @param reason why it was rejected
     * @param position the 1-based position of the offending character, or 0 for none
     * @param messageZh the message in Chinese; must not contain the full input
     * @param messageEn the message in English; must not contain the full input
     * @throws NullPointerException if any object argument is {@code null}
     * @throws IllegalArgumentException if {@code position} is negative
     */
    public InvalidIdentifierException(IdentifierKind kind, Reason reason, int position,
            String messageZh, String messageEn) {
        super(Objects.requireNonNull(messageEn, "messageEn") + " ("
                + Objects.requireNonNull(messageZh, "messageZh") + ")");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.position = position;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /**
     * The kind of identifier that was rejected (标识符种类).
     *
     * @return the kind
     */
    public IdentifierKind kind() {
        return kind;
    }

    /**
     * Why the identifier was rejected (原因).
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The 1-based position of the offending character (出错位置), if the error has one.
     *
     * @return the position, or empty
     */
    public OptionalInt position() {
        return position == 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /**
     * The message in Chinese (中文提示).
     *
     * @return the Chinese message, without the rejected input
     */
    public String messageZh() {
        return messageZh;
    }

    /**
     * The message in English (英文提示).
     *
     * @return the English message, without the rejected input
     */
    public String messageEn() {
        return messageEn;
    }
}
