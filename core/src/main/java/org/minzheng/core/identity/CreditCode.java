package org.minzheng.core.identity;

import java.util.Arrays;

/**
 * A unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * <p>18 characters from the alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z):
 * the registering authority (登记管理部门代码, 1 character), the entity type (机构类别代码,
 * 1 character), the 6-digit region code of the registering authority (登记管理机关行政区划码),
 * the 9-character organisation code (主体标识码, GB 11714) and a MOD 31 check character (校验码).
 * Authority {@code 5} is civil affairs (民政): {@code 51} social association (社会团体),
 * {@code 52} private non-enterprise unit (民办非企业单位), {@code 53} foundation (基金会); authority
 * {@code 9} is market regulation: {@code 91} company, {@code 92} individual business.
 *
 * <p>{@link #parse(String)} is strict. Some early pilot codes are legal yet fail the check:
 * {@link #parseLenient(String)} accepts them and reports {@link #checkCharacterValid()} as
 * {@code false}. Lower-case letters are accepted and stored upper-case.
 *
 * <p>Instances are immutable; equality is by {@link #value()}. {@link #toString()} is masked
 * (the codes of individual businesses identify a person).
 */
public final class CreditCode implements Comparable<CreditCode> {

    private static final IdentifierKind KIND = IdentifierKind.CREDIT_CODE;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** MOD 31 weights: 3^i mod 31 for positions i = 0 … 16. */
    private static final int[] WEIGHTS =
        {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Value 0–30 of each ASCII character (letters in either case), -1 if not in the alphabet. */
    private static final byte[] VALUES = valueTable();

    private final String value;
    private final boolean checkCharacterValid;

    private CreditCode(String value, boolean checkCharacterValid) {
        this.value = value;
        this.checkCharacterValid = checkCharacterValid;
    }

    /**
     * Parses a credit code strictly (解析统一社会信用代码).
     *
     * @param text the 18-character code; may be {@code null}
     * @return the credit code
     * @throws InvalidIdentifierException if {@code text} is {@code null}, not 18 characters long,
     *     has a character outside the alphabet (or a non-digit in the region part), or a wrong
     *     check character (reason {@link Reason#CHECK})
     */
    public static CreditCode parse(String text) {
        return parse(text, false);
    }

    /**
     * Parses a credit code, accepting a wrong check character (宽松解析): for early pilot codes
     * that are legal but fail the MOD 31 check. The result then has
     * {@link #checkCharacterValid()} {@code false}; callers should warn.
     *
     * @param text the 18-character code; may be {@code null}
     * @return the credit code
     * @throws InvalidIdentifierException if {@code text} is {@code null}, not 18 characters long or
     *     has a character not allowed at its position
     */
    public static CreditCode parseLenient(String text) {
        return parse(text, true);
    }

    /**
     * Tells whether a string is a valid credit code (校验统一社会信用代码), by the strict rules of
     * {@link #parse(String)}.
     *
     * @param text the string to check; may be {@code null}
     * @return {@code true} if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        try {
            parse(text, false);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    private static CreditCode parse(String text, boolean lenient) {
        if (text == null) {
            throw Errors.nullInput(KIND);
        }
        int length = text.length();
        if (length != 18) {
            throw Errors.length(KIND, length, "18");
        }
        char[] upper = null;
        int sum = 0;
        int actual = 0;
        for (int i = 0; i < 18; i++) {
            char c = text.charAt(i);
            int v = valueOf(c);
            if (v < 0) {
                throw Errors.character(KIND, i + 1, "数字或大写字母（不含I、O、S、V、Z）",
                        "a digit or a capital letter other than I, O, S, V, Z");
            }
            if (i >= 2 && i < 8 && v > 9) {
                throw Errors.character(KIND, i + 1, "数字（行政区划码）", "a digit (region code)");
            }
            if (c >= 'a') {
                if (upper == null) {
                    upper = text.toCharArray();
                }
                upper[i] = (char) (c - ('a' - 'A'));
            }
            if (i < 17) {
                sum += v * WEIGHTS[i];
            } else {
                actual = v;
            }
        }
        boolean checkValid = actual == (31 - sum % 31) % 31;
        if (!checkValid && !lenient) {
            throw Errors.check(KIND, 18);
        }
        return new CreditCode(upper == null ? text : new String(upper), checkValid);
    }

    private static byte[] valueTable() {
        byte[] values = new byte[128];
        Arrays.fill(values, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            char c = ALPHABET.charAt(i);
            values[c] = (byte) i;
            values[Character.toLowerCase(c)] = (byte) i;
        }
        return values;
    }

    /** The value 0–30 of a character of the alphabet (either case), or -1. */
    private static int valueOf(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    /**
     * The full 18-character code (代码), upper case.
     *
     * @return the canonical code
     */
    public String value() {
        return value;
    }

    /**
     * Whether the check character matches (校验码是否正确): always {@code true} for codes from
     * {@link #parse(String)}, possibly {@code false} for codes from {@link #parseLenient(String)}.
     *
     * @return {@code true} if the MOD 31 check passes
     */
    public boolean checkCharacterValid() {
        return checkCharacterValid;
    }

    /**
     * The registering authority (登记管理部门代码), the 1st character: {@code '1'} institutional
     * establishment (机构编制), {@code '5'} civil affairs (民政), {@code '9'} market regulation
     * (市场监管), {@code 'Y'} others, among others.
     *
     * @return the authority character
     */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /**
     * The entity type (机构类别代码), the 2nd character, whose meaning depends on the authority:
     * e.g. under civil affairs {@code '1'} social association, {@code '2'} private non-enterprise
     * unit, {@code '3'} foundation.
     *
     * @return the entity type character
     */
    public char entityType() {
        return value.charAt(1);
    }

    /**
     * Whether the registering authority is civil affairs (民政部门登记), i.e. the code starts with
     * {@code 5}: social organisations such as associations, private non-enterprise units
     * (including most care-home operators) and foundations.
     *
     * @return {@code true} for codes issued by civil-affairs authorities
     */
    public boolean isCivilAffairs() {
        return value.charAt(0) == '5';
    }

    /**
     * The 6-digit region code of the registering authority (登记管理机关行政区划码), characters
     * 3–8, as written; it may be a retired code and is therefore a string.
     *
     * @return the six digits
     */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /**
     * The 9-character organisation code (主体标识码, GB 11714), characters 9–17.
     *
     * @return the organisation code
     */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /**
     * The masked code (脱敏代码): the first 6 and the last 4 characters.
     *
     * @return the masked code
     */
    public String masked() {
        return Errors.mask(value);
    }

    /**
     * Compares by {@link #value()}.
     *
     * @param other the other credit code
     * @return negative, zero or positive as this code sorts before, equal to or after the other
     */
    @Override
    public int compareTo(CreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CreditCode && ((CreditCode) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The {@linkplain #masked() masked} code.
     *
     * @return the masked code
     */
    @Override
    public String toString() {
        return masked();
    }
}
