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

    /**
     * Masks every run in a text that may be an identity number (身份证号码) or a number built on
     * one (a disability certificate number, a bank card): a run of 15 or more ASCII digits, whose
     * last character may also be {@code X}. The run keeps its first 6 characters and its last 4
     * (its last 3 when shorter than 18), so that the birth date of an 18- or 15-digit identity
     * number is always hidden: {@code P-110105194912310021} becomes {@code P-110105********0021}.
     * Every other character is kept. Meant for identifiers shown in messages, logs and
     * {@code toString}, where an application may have used the identity number as the key.
     *
     * @param text the text, may be {@code null}
     * @return the text with such runs masked ({@code "null"} for {@code null})
     */
    public static String identifiers(String text) {
        if (text == null) {
            return "null";
        }
        int n = text.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            int end = i < n && (text.charAt(i) == 'X' || text.charAt(i) == 'x') ? i + 1 : i;
            int length = end - start;
            if (length >= 15) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                int keepEnd = length >= 18 ? 4 : 3;
                for (int k = start + 6; k < end - keepEnd; k++) {
                    out.setCharAt(k, '*');
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
