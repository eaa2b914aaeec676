package org.minzheng.spi.storage;

/**
 * The text lengths every store accepts (存储字段长度上限), in Unicode code points.
 *
 * <p>A store refuses a longer value with {@link ValueTooLongException} before writing anything;
 * it never truncates. The limits are part of the SPI so that data moves between stores without
 * loss, and the storage contract suite checks them on every store.
 */
public final class StorageLimits {

    /** Identifiers of records (household, person, case, service record, facility ids). */
    public static final int IDENTIFIER = 64;
    /** Names of persons, facilities, workers and organisations. */
    public static final int NAME = 100;
    /** Postal addresses. */
    public static final int ADDRESS = 300;
    /** Codes of enumerated values. */
    public static final int CODE = 64;
    /** Short texts: reasons, notes, the actor's identifier. */
    public static final int TEXT = 1_000;
    /** Long free text: service content, case notes. */
    public static final int LONG_TEXT = 4_000;

    private StorageLimits() {
    }

    /**
     * Checks a value against a limit.
     *
     * @param field the property path, used in the exception
     * @param value the value; {@code null} passes (absence is checked elsewhere)
     * @param limit the maximum length in code points
     * @return the value
     * @throws ValueTooLongException if the value is longer than {@code limit} code points
     */
    public static String check(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            int length = value.codePointCount(0, value.length());
            if (length > limit) {
                throw new ValueTooLongException(field, limit, length);
            }
        }
        return value;
    }
}
