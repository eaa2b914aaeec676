package org.minzheng.core.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The whereabouts or status of a person since a date (人员状态及起始日期), e.g. lost contact
 * since 2021-03-01. The date matters: several rules count a state only after it lasted six months
 * (民发〔2019〕62号).
 *
 * @param kind the status
 * @param since the first day of the status
 */
public record PersonStatus(StatusKind kind, LocalDate since) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public PersonStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
    }

    /**
     * Creates a status.
     *
     * @param kind the status
     * @param since the first day
     * @return the status
     */
    public static PersonStatus of(StatusKind kind, LocalDate since) {
        return new PersonStatus(kind, since);
    }

    /**
     * Whether the status, on {@code date}, has lasted at least {@code period}.
     *
     * @param period the minimum duration, e.g. {@code Period.ofMonths(6)}
     * @param date the date to judge on
     * @return {@code true} if {@code since + period} is on or before {@code date}
     */
    public boolean lastedAtLeast(Period period, LocalDate date) {
        return !since.plus(period).isAfter(date);
    }
}
