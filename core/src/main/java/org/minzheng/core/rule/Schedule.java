package org.minzheng.core.rule;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * When a program pays (发放方式): every month while the case is open, once when the application is approved,
 * once a year in a given month, or never (a service program, whose benefit is hours of service or an item).
 *
 * @param kind the kind of schedule
 * @param month the calendar month of a yearly payment; empty otherwise
 */
public record Schedule(Kind kind, Optional<Month> month) {

    /** The kinds of schedule. */
    public enum Kind {
        /** Paid every month while the case is open (按月发放), re-assessed each month. */
        MONTHLY,
        /** Paid once, for the need assessed when the application was approved (一次性发放), e.g. 临时救助. */
        ONCE_ON_APPROVAL,
        /** Paid once a year in a given month (每年一次), e.g. a Spring Festival consolation payment. */
        YEARLY,
        /** No money: the benefit is a service (服务类项目), e.g. home-care hours or a home adaptation. */
        SERVICE
    }

    /**
     * Checks the parts.
     *
     * @param kind the kind
     * @param month the month, present exactly for {@link Kind#YEARLY}
     * @throws IllegalArgumentException if the month is present for another kind or absent for a yearly one
     */
    public Schedule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        if ((kind == Kind.YEARLY) != month.isPresent()) {
            throw new IllegalArgumentException("a yearly schedule, and only a yearly one, names its month");
        }
    }

    /**
     * Paid monthly.
     *
     * @return the schedule
     */
    public static Schedule monthly() {
        return new Schedule(Kind.MONTHLY, Optional.empty());
    }

    /**
     * Paid once, on approval.
     *
     * @return the schedule
     */
    public static Schedule onceOnApproval() {
        return new Schedule(Kind.ONCE_ON_APPROVAL, Optional.empty());
    }

    /**
     * Paid once a year, in a month.
     *
     * @param month the month, e.g. {@link Month#JANUARY}
     * @return the schedule
     */
    public static Schedule yearly(Month month) {
        return new Schedule(Kind.YEARLY, Optional.of(Objects.requireNonNull(month, "month")));
    }

    /**
     * A service program: nothing is paid.
     *
     * @return the schedule
     */
    public static Schedule service() {
        return new Schedule(Kind.SERVICE, Optional.empty());
    }

    /**
     * Whether the program pays money.
     *
     * @return false for a service program
     */
    public boolean paysMoney() {
        return kind != Kind.SERVICE;
    }

    /**
     * Whether an open case of the program is re-assessed and paid in a month by the monthly run.
     *
     * @param m the month
     * @return true for a monthly or service program, and for a yearly one in its month
     */
    public boolean runsIn(YearMonth m) {
        return switch (kind) {
            case MONTHLY, SERVICE -> true;
            case YEARLY -> m.getMonth() == month.orElseThrow();
            case ONCE_ON_APPROVAL -> false;
        };
    }

    /** E.g. {@code monthly} or {@code yearly in JANUARY}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + month.map(m -> " in " + m).orElse("");
    }
}
