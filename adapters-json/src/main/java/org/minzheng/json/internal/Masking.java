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
     * Masks a name for an export (导出脱敏姓名): the first character (usually the surname) and
     * always two {@code *}, so that the length of the name is not shown either; a name of one
     * character, which the first character would reveal whole, becomes {@code ***}. Surrogate
     * pairs count as one character. E.g. 张三 → 张**, 欧阳娜娜 → 欧**.
     *
     * @param name the name
     * @return the masked name
     */
    public static String exportName(String name) {
        if (name.codePointCount(0, name.length()) < 2) {
            return "***";
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
    }

    /**
     * Masks an identity number for an export (导出脱敏身份证号码): the 6-digit address code of the
     * registration stays, the 12 characters after it (birth date, sequence with the gender, check
     * character) become {@code *}. Nothing of the birth date is kept, and no digit of the rest, so
     * that neither the exported birth year nor anything else can complete the number.
     *
     * @param idNumber the 18-character identity number
     * @return e.g. {@code 110105************}
     */
    public static String exportIdNumber(String idNumber) {
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 6);
    }

    /**
     * Masks a disability certificate number for an export: the identity number inside it as
     * {@link #exportIdNumber}, then the category and grade digits and the reissue mark, which the
     * export shows in their own fields anyway.
     *
     * @param certificate the 20- or 22-character certificate number
     * @return e.g. {@code 110105************42} or {@code 110105************42B1}
     */
    public static String exportCertificate(String certificate) {
        return exportIdNumber(certificate.substring(0, 18)) + certificate.substring(18);
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
