package org.minzheng.core.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.minzheng.core.internal.Masking;

/**
 * A citizen identity number (居民身份证号码), GB 11643-1999.
 *
 * <p>18 characters: the 6-digit address code (地址码) of the place of first registration, the
 * 8-digit birth date (出生日期码) {@code YYYYMMDD}, a 3-digit sequence code (顺序码) whose last digit
 * is odd for men and even for women, and a check character (校验码) computed with ISO 7064
 * MOD 11-2 ({@code 0}–{@code 9} or {@code X}). A lower-case {@code x} is accepted and stored
 * upper-case. Legacy 15-digit numbers (GB 11643-1989: no century, no check character) are
 * upgraded on parse by inserting {@code "19"} before the year and computing the check character.
 *
 * <p>The birth date must be a real calendar date, not before 1800 and not in the future. The
 * address code is never checked against a list: retired codes (e.g. 丹徒县 321121) remain valid
 * in the numbers issued under them.
 *
 * <p>Instances are immutable; equality is by {@link #value()}. {@link #toString()} is masked,
 * because identity numbers are personal data.
 */
public final class IdNumber implements Comparable<IdNumber> {

    private static final IdentifierKind KIND = IdentifierKind.ID_NUMBER;
    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** China Standard Time, UTC+8, without daylight saving since 1991. */
    private static final long CHINA_OFFSET_MILLIS = 8 * 3_600_000L;
    private static final int MIN_YEAR = 1800;
    /**
     * 2026-01-01, before this release: a birth date up to this day is in the past on any machine whose
     * clock is right, so {@link #parse(String)} reads the clock only for later birth dates.
     */
    private static final long CERTAINLY_PAST_EPOCH_DAY = 20_454L;
    /** Tells {@code parse(String, long)} to read the system clock if it needs "today". */
    private static final long READ_SYSTEM_CLOCK = Long.MIN_VALUE;
    /** ISO 7064 MOD 11-2 weights: 2^(17-i) mod 11 for positions i = 0 … 16. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;
    /** The birth date as the number yyyymmdd. */
    private final int birth;

    private IdNumber(String value, int birth) {
        this.value = value;
        this.birth = birth;
    }

    /**
     * Parses an identity number strictly (解析身份证号码), checking that the birth date is not
     * in the future according to the system clock in China Standard Time (UTC+8).
     *
     * <p>This is the one place in core that reads the system clock, for convenience; use
     * {@link #parse(String, Clock)} where the date must be reproducible (see decision record
     * 0001).
     *
     * @param text the 18-character number, or a legacy 15-digit one; may be {@code null}
     * @return the identity number, always in its 18-character form
     * @throws InvalidIdentifierException if {@code text} is {@code null} (reason
     *     {@link Reason#NULL}), has the wrong length, a bad character, a wrong check character, an
     *     impossible birth date, or a birth date before 1800 or in the future
     */
    public static IdNumber parse(String text) {
        return parse(text, READ_SYSTEM_CLOCK);
    }

    /**
     * Parses an identity number strictly (解析身份证号码), with "today" taken from the given clock.
     *
     * @param text the 18-character number, or a legacy 15-digit one; may be {@code null}
     * @param clock the clock (and its time zone) that decides what "the future" is
     * @return the identity number, always in its 18-character form
     * @throws InvalidIdentifierException if {@code text} is not a valid identity number
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static IdNumber parse(String text, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return parse(text, LocalDate.now(clock).toEpochDay());
    }

    /**
     * Tells whether a string is a valid identity number (校验身份证号码), by the rules of
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

    private static IdNumber parse(String text, long todayEpochDay) {
        if (text == null) {
            throw Errors.nullInput(KIND);
        }
        int length = text.length();
        if (length == 18) {
            return parse18(text, todayEpochDay);
        }
        if (length == 15) {
            return parse15(text, todayEpochDay);
        }
        throw Errors.length(KIND, length, "18（或旧版15）");
    }

    private static IdNumber parse18(String s, long today) {
        char expected = checkCharacter(weightedSum(s));
        char actual = s.charAt(17);
        String value = s;
        if (actual != expected) {
            if (actual == 'x' && expected == 'X') {
                value = s.substring(0, 17).concat("X");
            } else if ((actual < '0' || actual > '9') && actual != 'X' && actual != 'x') {
                throw Errors.character(KIND, 18, "数字或X", "a digit or X");
            } else {
                throw Errors.check(KIND, 18);
            }
        }
        int year = digits4(s, 6);
        int month = digits2(s, 10);
        int day = digits2(s, 12);
        checkBirthDate(year, month, day, today, 7);
        return new IdNumber(value, year * 10_000 + month * 100 + day);
    }

    private static IdNumber parse15(String s, long today) {
        char[] upgraded = new char[18];
        int sum = 0;
        for (int i = 0, j = 0; i < 15; i++, j++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw digitExpected(i + 1);
            }
            if (i == 6) {
                upgraded[j] = '1';
                sum += WEIGHTS[j];
                upgraded[++j] = '9';
                sum += 9 * WEIGHTS[j];
                j++;
            }
            upgraded[j] = c;
            sum += (c - '0') * WEIGHTS[j];
        }
        upgraded[17] = checkCharacter(sum);
        int year = 1900 + digits2(s, 6);
        int month = digits2(s, 8);
        int day = digits2(s, 10);
        checkBirthDate(year, month, day, today, 7);
        return new IdNumber(new String(upgraded), year * 10_000 + month * 100 + day);
    }

    private static InvalidIdentifierException digitExpected(int position) {
        return Errors.character(KIND, position, "数字", "a digit");
    }

    /**
     * The check character (校验码) of GB 11643-1999 for the first 17 digits of an identity number:
     * ISO 7064 MOD 11-2, that is {@code "10X98765432".charAt(S % 11)} where {@code S} is the sum of
     * each digit times its weight {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}. For example the
     * check character of {@code 11010519491231002} is {@code X}.
     *
     * <p>This is the one implementation in minzheng; {@link #parse(String)} uses it too. Test data
     * and generators of synthetic people build valid numbers with it or with {@link #complete}.
     *
     * @param first17 the address code, birth date and sequence code: exactly 17 ASCII digits
     * @return {@code '0'}–{@code '9'} or {@code 'X'}
     * @throws InvalidIdentifierException if {@code first17} is {@code null}, does not have 17
     *     characters, or has a character that is not a digit (its position in the message)
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17 == null) {
            throw Errors.nullInput(KIND);
        }
        if (first17.length() != 17) {
            throw Errors.length(KIND, first17.length(), "17（不含校验码）");
        }
        return checkCharacter(weightedSum(first17));
    }

    /** The sum of the first 17 digits times their weights; a non-digit is refused with its position. */
    private static int weightedSum(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw digitExpected(i + 1);
            }
            sum += d * WEIGHTS[i];
        }
        return sum;
    }

    /**
     * The 18-character number made of 17 digits and their {@linkplain #checkCharacter check
     * character} (补全校验码). Only the characters are checked, not the birth date: pass the result
     * to {@link #parse(String, Clock)} for a validated {@link IdNumber}.
     *
     * @param first17 the address code, birth date and sequence code: exactly 17 ASCII digits
     * @return {@code first17} followed by its check character
     * @throws InvalidIdentifierException as {@link #checkCharacter(CharSequence)}
     */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    private static char checkCharacter(int sum) {
        return "10X98765432".charAt(sum % 11);
    }

    private static int digits2(String s, int from) {
        return (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
    }

    private static int digits4(String s, int from) {
        return digits2(s, from) * 100 + digits2(s, from + 2);
    }

    /**
     * Checks year/month/day (digits already validated); position is the 1-based position of the
     * first character of the date in the 18-character form, for the message.
     */
    private static void checkBirthDate(int year, int month, int day, long today, int position) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            throw Errors.of(KIND, Reason.DATE, position, "的出生日期不是有效日期",
                    "birth date is not a real calendar date");
        }
        if (year < MIN_YEAR) {
            throw Errors.of(KIND, Reason.RANGE, position, "的出生年份早于1800年",
                    "birth year is before 1800");
        }
        if (isFuture(epochDay(year, month, day), today)) {
            throw Errors.of(KIND, Reason.RANGE, position, "的出生日期晚于当前日期",
                    "birth date is in the future");
        }
    }

    private static boolean isFuture(long birth, long today) {
        if (today != READ_SYSTEM_CLOCK) {
            return birth > today;
        }
        // The one clock read in core (decision record 0001), skipped where it cannot matter.
        return birth > CERTAINLY_PAST_EPOCH_DAY
                && birth > Math.floorDiv(System.currentTimeMillis() + CHINA_OFFSET_MILLIS, MILLIS_PER_DAY);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a valid proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }

    /**
     * The full 18-character number (号码), upper-case {@code X}.
     *
     * @return the canonical number; personal data, handle with care
     */
    public String value() {
        return value;
    }

    /**
     * The birth date (出生日期) encoded in characters 7–14.
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        return LocalDate.of(birth / 10_000, birth / 100 % 100, birth % 100);
    }

    /**
     * The gender (性别) encoded in the parity of the 17th character: odd male, even female.
     *
     * @return the gender
     */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The 6-digit address code (地址码) as written: the region of first registration. It may be a
     * retired code and is therefore a string, not a {@link RegionCode}.
     *
     * @return the first six digits
     */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /**
     * The age in completed years (周岁) on the given date. A person born on 29 February turns a
     * year older on 28 February in common years (《民法典》第二百零三条: a period counted in years without a
     * corresponding day ends on the last day of the month), as every age rule of minzheng counts.
     *
     * @param date the date on which to compute the age
     * @return the age in completed years, 0 or more
     * @throws NullPointerException if {@code date} is {@code null}
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate birthDate = birthDate();
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException(
                    "Date " + date + " is before the birth date (日期早于出生日期)");
        }
        int years = date.getYear() - birthDate.getYear();
        return date.isBefore(birthDate.plusYears(years)) ? years - 1 : years;
    }

    /**
     * Masks every identity number embedded in a text (文本中的身份证号码脱敏), for identifiers and
     * messages shown to people or written to logs. Applications often use the identity number as
     * the key of a person, or build other keys from it ({@code dibao-110105194912310021}); such
     * keys are personal data. Every run of 15 or more ASCII digits (the last character may be
     * {@code X}) keeps its first 6 characters and its last 4 (3 when the run is shorter than 18);
     * the characters between, which hold the birth date, become {@code *}. Whether the run is a
     * valid identity number does not matter: a mistyped number is still personal data. Other
     * characters are kept as they are. The identifier types of minzheng ({@code PersonId},
     * {@code HouseholdId}, {@code CaseId} and the others) use this in {@code toString}.
     *
     * <pre>{@code
     * IdNumber.maskWithin("P-11010519491231002X");   // "P-110105********002X"
     * IdNumber.maskWithin("household 7");            // "household 7"
     * }</pre>
     *
     * @param text the text, may be {@code null}
     * @return the text with every such run masked; {@code "null"} for {@code null}
     */
    public static String maskWithin(String text) {
        return Masking.identifiers(text);
    }

    /**
     * The masked number (脱敏号码): the first 6 and the last 4 characters, the 8 between as
     * {@code *}, e.g. {@code 110105********002X}.
     *
     * @return the masked number
     */
    public String masked() {
        return Errors.mask(value);
    }

    /**
     * Compares by {@link #value()}.
     *
     * @param other the other identity number
     * @return negative, zero or positive as this number sorts before, equal to or after the other
     */
    @Override
    public int compareTo(IdNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IdNumber && ((IdNumber) obj).value.equals(value);
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
