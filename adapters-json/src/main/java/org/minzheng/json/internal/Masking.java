package org.minzheng.json.internal;

/** Masking of personal data for exports and error messages. */
public final class Masking {

    private Masking() {
    }

    /**
     * Masks a name: the first character (usually the surname) stays, every other character
     * becomes {@code *}; e.g. 张三丰 → 张**. Surrogate pairs count as one character.
     *
     * @param name the name
     * @return the masked name
     */
    public static String name(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(rest);
    }

    /**
     * Masks a free text that may hold personal data, such as an address: only its length stays.
     *
     * @param text the text
     * @return the masked text
     */
    public static String text(String text) {
        return "***(" + text.codePointCount(0, text.length()) + " chars)";
    }

    /**
     * Masks a free-text value shown in an error: at most the first two and the last two
     * characters stay.
     *
     * @param value the value
     * @return the masked value
     */
    public static String value(String value) {
        int n = value.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        return value.substring(0, 2) + "*".repeat(n - 4) + value.substring(n - 2);
    }
}
