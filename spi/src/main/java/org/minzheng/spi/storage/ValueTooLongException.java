package org.minzheng.spi.storage;

/**
 * A text value is longer than storage accepts (字段超长); nothing was written.
 *
 * <p>Lengths are counted in Unicode code points, so that a character outside the Basic
 * Multilingual Plane (an emoji, a rare Chinese character) counts once on every store. The limits
 * are the same for every store and are listed in {@link StorageLimits}. The value itself is not
 * part of the message.
 */
public class ValueTooLongException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int limit;
    private final int length;

    /**
     * Creates the exception.
     *
     * @param field the property path of the value, e.g. {@code "household.address"}
     * @param limit the maximum length in code points
     * @param length the length of the refused value in code points
     */
    public ValueTooLongException(String field, int limit, int length) {
        super(field + " is " + length + " characters long; at most " + limit
                + " are stored; nothing was written (" + field + " 超过 " + limit + " 个字符，未写入)");
        this.field = field;
        this.limit = limit;
        this.length = length;
    }

    /**
     * The property path of the refused value.
     *
     * @return the field
     */
    public String field() {
        return field;
    }

    /**
     * The maximum length in code points.
     *
     * @return the limit
     */
    public int limit() {
        return limit;
    }

    /**
     * The length of the refused value in code points.
     *
     * @return the length
     */
    public int length() {
        return length;
    }
}
