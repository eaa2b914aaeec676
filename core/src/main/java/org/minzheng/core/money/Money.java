package org.minzheng.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in yuan (人民币金额), exact to the fen (分): a {@link BigDecimal} of scale 2.
 *
 * <p>No operation loses a fen silently. Exact operations ({@link #of(BigDecimal)},
 * {@link #plus(Money)}, {@link #times(long)} …) throw {@link ArithmeticException} where the result
 * would need more than two decimals; operations that must round ({@link #of(BigDecimal,
 * RoundingMode)}, {@link #times(BigDecimal, RoundingMode)}, {@link #dividedBy(long, RoundingMode)})
 * take the rounding mode as an argument, because policies differ (see the standards' rounding
 * rules). {@link #allocate(int)} splits an amount into parts that add up to it exactly.
 *
 * <p>Instances are immutable; equality is by amount ({@code 1.5} and {@code 1.50} are the same
 * amount, since both are stored at scale 2). {@link #toString()} is the plain amount, e.g.
 * {@code 1354.75}; {@link #format(Locale)} formats for display, e.g. {@code 1,354.75 元}.
 */
public final class Money implements Comparable<Money> {

    /** Zero yuan (零元). */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private static final int SCALE = 2;
    private static final Pattern DISPLAY = Pattern.compile(
            "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Creates an amount from a plain decimal string (由字符串创建), e.g. {@code "1354.75"},
     * {@code "-3"} or {@code "0.5"}; trailing zeros beyond the fen are allowed ({@code "1.230"}).
     *
     * @param amount the amount in yuan, digits with an optional sign and decimal point
     * @return the amount
     * @throws NullPointerException if {@code amount} is {@code null}
     * @throws NumberFormatException if {@code amount} is not a plain decimal number
     * @throws ArithmeticException if it has non-zero digits below the fen
     */
    public static Money of(String amount) {
        Objects.requireNonNull(amount, "amount");
        if (!PLAIN.matcher(amount).matches()) {
            throw new NumberFormatException("Not a plain decimal amount of yuan (金额格式错误): \""
                    + amount + "\"");
        }
        return of(new BigDecimal(amount));
    }

    /**
     * Creates an amount from a {@link BigDecimal} (由数值创建) without rounding.
     *
     * @param amount the amount in yuan
     * @return the amount, at scale 2
     * @throws NullPointerException if {@code amount} is {@code null}
     * @throws ArithmeticException if {@code amount} has non-zero digits below the fen
     */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Amount " + amount.toPlainString()
                    + " has digits below the fen; give a rounding mode (金额精度超过分，需指定舍入方式)");
        }
    }

    /**
     * Creates an amount from a {@link BigDecimal}, rounding to the fen (按舍入方式取整到分).
     *
     * @param amount the amount in yuan
     * @param rounding how to round to two decimals
     * @return the rounded amount
     * @throws NullPointerException if an argument is {@code null}
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and
     *     rounding is necessary
     */
    public static Money of(BigDecimal amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(SCALE, rounding));
    }

    /**
     * Creates an amount from a number of fen (由分创建), e.g. {@code ofFen(135475)} is 1354.75 yuan.
     *
     * @param fen the amount in fen (hundredths of a yuan)
     * @return the amount
     */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, SCALE));
    }

    /**
     * Parses an amount as people write it (解析金额): an optional sign, digits with or without
     * correctly placed thousands separators, at most two decimals, optionally a leading
     * {@code ¥}/{@code ￥} or a trailing {@code 元}, e.g. {@code "1,354.75"}, {@code "1354.7"},
     * {@code "¥1,354.75"}, {@code "1,354.75 元"}. Surrounding white space is ignored.
     *
     * @param text the text to parse
     * @return the amount
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws NumberFormatException if {@code text} is not an amount in this form (e.g.
     *     {@code "1,35,4"} or {@code "1.234"})
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        } else if (s.startsWith("¥") || s.startsWith("￥")) {
            s = s.substring(1).stripLeading();
        }
        if (!DISPLAY.matcher(s).matches()) {
            throw new NumberFormatException("Not an amount of yuan such as 1,354.75 (金额格式错误): \""
                    + text + "\"");
        }
        return new Money(new BigDecimal(s.replace(",", "")).setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /**
     * The sum of the given amounts (合计); zero for none.
     *
     * @param amounts the amounts to add
     * @return their exact sum
     * @throws NullPointerException if {@code amounts} or one of its elements is {@code null}
     */
    public static Money sum(Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        BigDecimal total = ZERO.amount;
        for (Money m : amounts) {
            total = total.add(Objects.requireNonNull(m, "amount").amount);
        }
        return new Money(total);
    }

    /**
     * The amount in yuan (金额), scale 2.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The amount in fen (以分计).
     *
     * @return the number of fen
     * @throws ArithmeticException if it does not fit in a {@code long}
     */
    public long toFen() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    /**
     * Adds an amount (加), exactly.
     *
     * @param other the amount to add
     * @return {@code this + other}
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public Money plus(Money other) {
        // every amount has scale 2, so adding zero gives an equal amount: totals over many zeros allocate nothing
        if (other.amount.signum() == 0) {
            return this;
        }
        if (amount.signum() == 0) {
            return other;
        }
        return new Money(amount.add(other.amount));
    }

    /**
     * Subtracts an amount (减), exactly.
     *
     * @param other the amount to subtract
     * @return {@code this - other}
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /**
     * The negated amount (取反).
     *
     * @return {@code -this}
     */
    public Money negate() {
        return new Money(amount.negate());
    }

    /**
     * The absolute amount (绝对值).
     *
     * @return {@code |this|}
     */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * Multiplies by a whole number (乘以整数), exactly, e.g. a per-person amount by the number of
     * household members.
     *
     * @param factor the factor
     * @return {@code this × factor}
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * Multiplies by a decimal factor (乘以系数) such as a share of a standard, rounding to the fen.
     *
     * @param factor the factor, e.g. {@code 0.3}
     * @param rounding how to round the product to two decimals
     * @return {@code this × factor}, rounded
     * @throws NullPointerException if an argument is {@code null}
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and
     *     rounding is necessary
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.multiply(factor).setScale(SCALE, rounding));
    }

    /**
     * Divides by a whole number (除以整数), rounding to the fen, e.g. household income per member.
     * To split an amount so that the parts add up to it, use {@link #allocate(int)}.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient to two decimals
     * @return {@code this ÷ divisor}, rounded
     * @throws NullPointerException if {@code rounding} is {@code null}
     * @throws ArithmeticException if {@code divisor} is zero, or if {@code rounding} is
     *     {@link RoundingMode#UNNECESSARY} and rounding is necessary
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (divisor == 0) {
            throw new ArithmeticException("Division of money by zero (金额除以零)");
        }
        return new Money(amount.divide(BigDecimal.valueOf(divisor), SCALE, rounding));
    }

    /**
     * Splits the amount into {@code parts} amounts that differ by at most one fen and add up to
     * this amount exactly (分摊): the first parts get the extra fen. {@code 100.00} in 3 parts is
     * {@code 33.34, 33.33, 33.33}.
     *
     * @param parts the number of parts, at least 1
     * @return an unmodifiable list of {@code parts} amounts
     * @throws IllegalArgumentException if {@code parts} is less than 1
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, was " + parts);
        }
        BigDecimal fen = amount.movePointRight(SCALE);
        BigDecimal[] qr = fen.divideAndRemainder(BigDecimal.valueOf(parts));
        int extra = qr[1].intValueExact();
        int step = Integer.signum(extra);
        List<Money> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            BigDecimal share = qr[0];
            if (i < Math.abs(extra)) {
                share = share.add(BigDecimal.valueOf(step));
            }
            result.add(new Money(share.movePointLeft(SCALE).setScale(SCALE, RoundingMode.UNNECESSARY)));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The sign (符号).
     *
     * @return -1, 0 or 1 as the amount is negative, zero or positive
     */
    public int signum() {
        return amount.signum();
    }

    /**
     * Whether the amount is below zero (为负).
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Whether the amount is zero (为零).
     *
     * @return {@code true} if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is above zero (为正).
     *
     * @return {@code true} if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * The larger of this and another amount (取大).
     *
     * @param other the other amount
     * @return the larger amount; this one if equal
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * The smaller of this and another amount (取小).
     *
     * @param other the other amount
     * @return the smaller amount; this one if equal
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Formats the amount for display (格式化) with thousands separators and two decimals. For
     * Chinese locales the unit follows: {@code 1,354.75 元}; for other locales the ISO currency
     * code precedes, with the locale's separators: {@code CNY 1,354.75} ({@code en}),
     * {@code CNY 1.354,75} ({@code de}).
     *
     * @param locale the display locale
     * @return the formatted amount
     * @throws NullPointerException if {@code locale} is {@code null}
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        String number = format.format(amount);
        return "zh".equals(locale.getLanguage()) ? number + " 元" : "CNY " + number;
    }

    /**
     * Compares by amount.
     *
     * @param other the other amount
     * @return negative, zero or positive as this amount is less than, equal to or greater than
     *     the other
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money && ((Money) obj).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /**
     * The plain amount with two decimals (金额字符串), e.g. {@code 1354.75} or {@code -3.00}:
     * the inverse of {@link #of(String)}.
     *
     * @return the plain amount
     */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
