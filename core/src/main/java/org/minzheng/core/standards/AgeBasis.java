package org.minzheng.core.standards;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

import org.minzheng.core.code.Coded;

/**
 * How a person's age is counted for a month (年龄计算口径). Regions differ on whether an allowance
 * such as 尊老金 starts in the birthday month, the month after the birthday, or the birth year; the
 * choice is a standard, e.g. {@code senior.allowance.age-basis}.
 * Calculators that have no such standard use {@link #BIRTH_MONTH}: completed years on the last day of
 * the month assessed.
 */
public enum AgeBasis implements Coded {
    /**
     * Completed years on the last day of the month (按出生月份): a person reaches an age in the month of
     * the birthday. The default.
     */
    BIRTH_MONTH("birth-month", "按出生月计算（当月最后一日的周岁）", "completed years on the last day of the month"),
    /**
     * Completed years on the first day of the month (按出生日计算): a person reaches an age in the month
     * after the birthday, or in the birthday month when born on the 1st.
     */
    BIRTH_DAY("birth-day", "按出生日计算（当月第一日的周岁）", "completed years on the first day of the month"),
    /** The month's year minus the birth year (按出生年份计算): everyone reaches an age in January. */
    BIRTH_YEAR("birth-year", "按出生年份计算（当年年份减出生年份）", "the month's year minus the birth year");

    private final String code;
    private final String chineseName;
    private final String englishName;

    AgeBasis(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The age of a person born on {@code birthDate} in {@code month} under this basis.
     *
     * @param birthDate the date of birth
     * @param month the month assessed
     * @return the age in years; 0 (never negative) for a month before the birth
     * @throws NullPointerException if an argument is null
     */
    public int ageIn(LocalDate birthDate, YearMonth month) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(month, "month");
        int age;
        switch (this) {
            case BIRTH_MONTH:
                age = completedYears(birthDate, month.atEndOfMonth());
                break;
            case BIRTH_DAY:
                age = completedYears(birthDate, month.atDay(1));
                break;
            default:
                age = month.getYear() - birthDate.getYear();
                break;
        }
        return Math.max(0, age);
    }

    /**
     * Completed years between a birth date and a date (周岁). A birthday falls on its calendar day of the
     * year; a person born on 29 February has it on 28 February in a common year (《民法典》第二百零三条: a period
     * counted in years ends on the corresponding day, or on the last day of the month when there is none), so
     * that a person born on 1932-02-29 is 90 on 2022-02-28.
     *
     * @param birthDate the date of birth
     * @param on the date of counting
     * @return completed years; negative when {@code on} precedes the birth
     */
    static int completedYears(LocalDate birthDate, LocalDate on) {
        int years = on.getYear() - birthDate.getYear();
        // plusYears moves 29 February to 28 February in a common year
        if (on.isBefore(birthDate.plusYears(years))) {
            years--;
        }
        return years;
    }

    /**
     * Completed years on a date (周岁), with the birthday of a person born on 29 February on 28 February in a
     * common year (unlike {@link Period#between}, which waits for 1 March).
     *
     * @param birthDate the date of birth
     * @param on the date of counting
     * @return completed years, 0 when {@code on} precedes the birth
     * @throws NullPointerException if an argument is null
     */
    public static int ageOn(LocalDate birthDate, LocalDate on) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(on, "on");
        return Math.max(0, completedYears(birthDate, on));
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }
}
