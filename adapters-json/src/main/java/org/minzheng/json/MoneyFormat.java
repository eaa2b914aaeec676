package org.minzheng.json;

/**
 * How {@link org.minzheng.core.money.Money} is written (金额的写出形式). Both forms are always
 * accepted when reading.
 */
public enum MoneyFormat {
    /** A JSON string holding the plain decimal with two places, e.g. {@code "1354.70"} (字符串). */
    STRING,
    /**
     * A JSON number in plain decimal notation with two places, e.g. {@code 1354.70} (数值). The
     * text is exact, but consumers that parse numbers as binary floating point may lose digits.
     */
    NUMBER
}
