package org.minzheng.core.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An administrative division code (行政区划代码): the 6-digit codes of GB/T 2260 and the 12-digit
 * statistical division codes (统计用区划代码) of the National Bureau of Statistics.
 *
 * <p>{@link #parse(String)} accepts the significant digits of any level — 2 (province, 省),
 * 4 (city, 地), 6 (county, 县), 9 (township, 乡) or 12 (village, 村) — or any of them padded with
 * zeros to 6 or 12 digits. All spellings of one division are equal: {@code "32"},
 * {@code "320000"} and {@code "320000000000"} are the same province; {@code "321112"} and
 * {@code "321112000000"} the same county. The canonical {@link #value()} is the 12-digit form;
 * {@link #shortForm()} gives the significant digits (see decision record 0002).
 *
 * <p>Codes are checked for form, not against a list of divisions (which changes every year):
 * the province part must not be {@code 00}, and a level cannot be present below a level that is
 * zero (e.g. {@code 320012} is rejected).
 *
 * <p>Instances are immutable; equality is by {@link #value()}. Region codes are not personal
 * data, so {@link #toString()} is the short form, unmasked.
 */
public final class RegionCode implements Comparable<RegionCode> {

    private static final IdentifierKind KIND = IdentifierKind.REGION_CODE;
    private static final String ZEROS = "000000000000";
    private static final RegionLevel[] LEVELS = RegionLevel.values();

    private final String value;
    private final RegionLevel level;

    private RegionCode(String value, RegionLevel level) {
        this.value = value;
        this.level = level;
    }

    /**
     * Parses a region code (解析行政区划代码) of 2, 4, 6, 9 or 12 digits.
     *
     * @param text the code; may be {@code null}
     * @return the region code
     * @throws InvalidIdentifierException if {@code text} is {@code null}, not 2, 4, 6, 9 or 12
     *     characters long, contains a non-digit, has province {@code 00} (reason
     *     {@link Reason#RANGE}) or a non-zero level under a zero level (reason
     *     {@link Reason#FORMAT})
     */
    public static RegionCode parse(String text) {
        if (text == null) {
            throw Errors.nullInput(KIND);
        }
        int length = text.length();
        if (length != 2 && length != 4 && length != 6 && length != 9 && length != 12) {
            throw Errors.length(KIND, length, "2、4、6、9或12");
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw Errors.character(KIND, i + 1, "数字", "a digit");
            }
        }
        String value = length == 12 ? text : text.concat(ZEROS.substring(length));
        if (isZero(value, 0, 2)) {
            throw Errors.of(KIND, Reason.RANGE, 1, "的省级代码不能为00", "province part must not be 00");
        }
        RegionLevel level = null;
        boolean zeroSeen = false;
        for (int i = 1; i < LEVELS.length; i++) {
            int from = LEVELS[i - 1].digits();
            boolean zero = isZero(value, from, LEVELS[i].digits());
            if (zero) {
                if (level == null) {
                    level = LEVELS[i - 1];
                }
                zeroSeen = true;
            } else if (zeroSeen) {
                throw Errors.of(KIND, Reason.FORMAT, from + 1, "的下级代码不能位于为零的上级代码之下",
                        "a lower level cannot be non-zero under a zero level");
            }
        }
        return new RegionCode(value, level == null ? RegionLevel.VILLAGE : level);
    }

    /**
     * Tells whether a string is a valid region code (校验行政区划代码), by the rules of
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

    private static boolean isZero(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical 12-digit statistical form (12位统计用区划代码), e.g. {@code 321112000000}.
     *
     * @return the 12-digit code
     */
    public String value() {
        return value;
    }

    /**
     * The significant digits (有效位): 2, 4, 6, 9 or 12 digits according to the {@link #level()},
     * e.g. {@code 32}, {@code 3211}, {@code 321112}, {@code 321112100}.
     *
     * @return the short form
     */
    public String shortForm() {
        return value.substring(0, level.digits());
    }

    /**
     * The 6-digit GB/T 2260 form (六位行政区划代码) of this division or, below county level, of the
     * county containing it, e.g. {@code 320000}, {@code 321100}, {@code 321112}.
     *
     * @return the 6-digit code
     */
    public String sixDigitForm() {
        return value.substring(0, 6);
    }

    /**
     * The level (层级) of the division.
     *
     * @return the level
     */
    public RegionLevel level() {
        return level;
    }

    /**
     * The division directly above this one (上级区划), or empty for a province.
     *
     * @return the parent
     */
    public Optional<RegionCode> parent() {
        if (level == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        RegionLevel parentLevel = LEVELS[level.ordinal() - 1];
        int digits = parentLevel.digits();
        return Optional.of(new RegionCode(value.substring(0, digits).concat(ZEROS.substring(digits)),
                parentLevel));
    }

    /**
     * Tells whether the other division is this one or lies within it (包含).
     *
     * @param other the other division
     * @return {@code true} if {@code other} equals this division or is a descendant of it
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public boolean contains(RegionCode other) {
        return other.value.regionMatches(0, value, 0, level.digits());
    }

    /**
     * This division and all divisions above it (本级及上级区划), this one first, the province last.
     *
     * @return an unmodifiable list of 1 to 5 codes
     */
    public List<RegionCode> selfAndAncestors() {
        List<RegionCode> result = new ArrayList<>(5);
        Optional<RegionCode> current = Optional.of(this);
        while (current.isPresent()) {
            result.add(current.get());
            current = current.get().parent();
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Compares by {@link #value()}, so that a division sorts directly before its descendants.
     *
     * @param other the other region code
     * @return negative, zero or positive as this code sorts before, equal to or after the other
     */
    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RegionCode && ((RegionCode) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The {@linkplain #shortForm() short form}, e.g. {@code 321112}.
     *
     * @return the short form
     */
    @Override
    public String toString() {
        return shortForm();
    }
}
