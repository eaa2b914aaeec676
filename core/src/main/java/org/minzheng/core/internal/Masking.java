package org.minzheng.core.internal;

/**
 * Masking of personal data for {@code toString}, logs and exception messages (脱敏).
 * Unsupported internal API.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Masks a personal name: the first character is kept, every other character becomes
     * {@code *} ({@code 张三丰} → {@code 张**}).
     *
     * @param name the name, may be {@code null}
     * @return the masked name
     */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return String.valueOf(name);
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
    }

    /**
     * Masks a free text that may hold personal data (an address, a finding): only its length is
     * shown.
     *
     * @param text the text, may be {@code null}
     * @return the masked text
     */
    public static String text(String text) {
        return text == null ? "null" : "***(" + text.codePointCount(0, text.length()) + " chars)";
    }
}
