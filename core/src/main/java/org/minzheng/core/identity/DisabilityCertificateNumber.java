package org.minzheng.core.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A second-generation disability certificate number (第二代残疾人证号).
 *
 * <p>The holder's 18-character {@linkplain IdNumber identity number}, the category digit
 * (残疾类别, 1–7, see {@link DisabilityCategory}), the grade digit (残疾等级, 1–4, 1 most severe)
 * and, for a reissued certificate, {@code B} and the reissue count 1–9 (补发次数): 20 or 22
 * characters, e.g. {@code 11010519491231002X42} or {@code 11010519491231002X42B1}. A lower-case
 * {@code b} or {@code x} is accepted and stored upper-case.
 *
 * <p>Instances are immutable; equality is by {@link #value()}. {@link #toString()} is masked.
 */
public final class DisabilityCertificateNumber implements Comparable<DisabilityCertificateNumber> {

    private static final IdentifierKind KIND = IdentifierKind.DISABILITY_CERTIFICATE;

    private final String value;
    private final IdNumber idNumber;

    private DisabilityCertificateNumber(String value, IdNumber idNumber) {
        this.value = value;
        this.idNumber = idNumber;
    }

    /**
     * Parses a certificate number strictly (解析残疾人证号); the birth date of the embedded identity
     * number is checked against the system clock as in {@link IdNumber#parse(String)}.
     *
     * @param text the 20- or 22-character number; may be {@code null}
     * @return the certificate number
     * @throws InvalidIdentifierException (kind {@link IdentifierKind#DISABILITY_CERTIFICATE}) if
     *     {@code text} is {@code null}, has the wrong length, an invalid embedded identity number,
     *     a category outside 1–7, a grade outside 1–4 or a malformed reissue suffix
     */
    public static DisabilityCertificateNumber parse(String text) {
        return parseWith(text, IdNumber::parse);
    }

    /**
     * Parses a certificate number strictly (解析残疾人证号), with "today" for the birth-date check
     * taken from the given clock.
     *
     * @param text the 20- or 22-character number; may be {@code null}
     * @param clock the clock (and its time zone) that decides what "the future" is
     * @return the certificate number
     * @throws InvalidIdentifierException if {@code text} is not a valid certificate number
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static DisabilityCertificateNumber parse(String text, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return parseWith(text, id -> IdNumber.parse(id, clock));
    }

    /**
     * Tells whether a string is a valid certificate number (校验残疾人证号), by the rules of
     * {@link #parse(String)}.
     *
     * @param text the string to check; may be {@code null}
     * @return {@code true} if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    private static void checkLength(String text) {
        int length = text.length();
        if (length != 20 && length != 22) {
            throw Errors.length(KIND, length, "20或22");
        }
    }

    private static DisabilityCertificateNumber parseWith(String text,
            Function<String, IdNumber> idParser) {
        if (text == null) {
            throw Errors.nullInput(KIND);
        }
        checkLength(text);
        return finish(text, reKind(idParser, text.substring(0, 18)));
    }

    /** Reports errors of the embedded identity number as errors of the certificate number. */
    private static IdNumber reKind(Function<String, IdNumber> idParser, String idText) {
        try {
            return idParser.apply(idText);
        } catch (InvalidIdentifierException e) {
            return rethrow(e);
        }
    }

    private static IdNumber rethrow(InvalidIdentifierException e) {
        InvalidIdentifierException wrapped = new InvalidIdentifierException(KIND, e.reason(),
                e.position().orElse(0), "中的身份证号码无效：" + e.messageZh(),
                "embedded identity number invalid: " + e.messageEn());
        wrapped.initCause(e);
        throw wrapped;
    }

    private static DisabilityCertificateNumber finish(String text, IdNumber id) {
        char category = text.charAt(18);
        if (category < '1' || category > '7') {
            throw Errors.of(KIND, category >= '0' && category <= '9' ? Reason.RANGE : Reason.CHARACTER,
                    19, "第19位（残疾类别）应为1至7", "character 19 (category) must be 1 to 7");
        }
        char grade = text.charAt(19);
        if (grade < '1' || grade > '4') {
            throw Errors.of(KIND, grade >= '0' && grade <= '9' ? Reason.RANGE : Reason.CHARACTER,
                    20, "第20位（残疾等级）应为1至4", "character 20 (grade) must be 1 to 4");
        }
        StringBuilder value = new StringBuilder(22).append(id.value()).append(category).append(grade);
        if (text.length() == 22) {
            char b = text.charAt(20);
            if (b != 'B' && b != 'b') {
                throw Errors.of(KIND, Reason.CHARACTER, 21, "第21位应为补发标记B",
                        "character 21 must be the reissue mark B");
            }
            char count = text.charAt(21);
            if (count < '1' || count > '9') {
                throw Errors.of(KIND, count == '0' ? Reason.RANGE : Reason.CHARACTER, 22,
                        "第22位（补发次数）应为1至9", "character 22 (reissue count) must be 1 to 9");
            }
            value.append('B').append(count);
        }
        return new DisabilityCertificateNumber(value.toString(), id);
    }

    /**
     * The full certificate number (证号), upper case.
     *
     * @return the canonical number; personal data, handle with care
     */
    public String value() {
        return value;
    }

    /**
     * The holder's identity number (持证人身份证号码), the first 18 characters.
     *
     * @return the identity number
     */
    public IdNumber idNumber() {
        return idNumber;
    }

    /**
     * The category of disability (残疾类别), the 19th character.
     *
     * @return the category
     */
    public DisabilityCategory category() {
        return DisabilityCategory.fromDigit(value.charAt(18) - '0');
    }

    /**
     * The grade of disability (残疾等级), the 20th character: 1 to 4, 1 the most severe.
     *
     * @return the grade
     */
    public int grade() {
        return value.charAt(19) - '0';
    }

    /**
     * Whether the disability is severe (重度残疾): grade 1 or 2.
     *
     * @return {@code true} for grades 1 and 2
     */
    public boolean isSevere() {
        return grade() <= 2;
    }

    /**
     * The reissue count (补发次数) 1–9, or empty for an original certificate.
     *
     * @return the reissue count
     */
    public OptionalInt reissue() {
        return value.length() == 22 ? OptionalInt.of(value.charAt(21) - '0') : OptionalInt.empty();
    }

    /**
     * The masked number (脱敏证号): the first 6 and the last 4 characters.
     *
     * @return the masked number
     */
    public String masked() {
        return Errors.mask(value);
    }

    /**
     * Compares by {@link #value()}.
     *
     * @param other the other certificate number
     * @return negative, zero or positive as this number sorts before, equal to or after the other
     */
    @Override
    public int compareTo(DisabilityCertificateNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DisabilityCertificateNumber
                && ((DisabilityCertificateNumber) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The {@linkplain #masked() masked} number; never the full number.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return masked();
    }
}
