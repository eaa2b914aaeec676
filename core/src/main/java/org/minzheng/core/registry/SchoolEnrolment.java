package org.minzheng.core.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of school enrolment (在校就读): the level and the first day, and the last day once the person left or
 * graduated. Rules that continue support while a person is in school read it (特困 beyond 18; children beyond
 * 16/18).
 *
 * @param level the level of school
 * @param from the first day of enrolment
 * @param until the last day, empty while still enrolled
 */
public record SchoolEnrolment(SchoolLevel level, LocalDate from, Optional<LocalDate> until) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public SchoolEnrolment {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("school enrolment ends before it starts (离校日期早于入学日期): " + from
                    + " .. " + until.get());
        }
    }

    /**
     * An enrolment still running.
     *
     * @param level the level
     * @param from the first day
     * @return the enrolment
     */
    public static SchoolEnrolment since(SchoolLevel level, LocalDate from) {
        return new SchoolEnrolment(level, from, Optional.empty());
    }

    /**
     * An enrolment that ended.
     *
     * @param level the level
     * @param from the first day
     * @param until the last day
     * @return the enrolment
     */
    public static SchoolEnrolment between(SchoolLevel level, LocalDate from, LocalDate until) {
        return new SchoolEnrolment(level, from, Optional.of(until));
    }

    /**
     * Whether the person is enrolled on a date.
     *
     * @param date the date
     * @return {@code true} if {@code from <= date} and {@code date <= until} (when ended)
     */
    public boolean enrolledOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(from) && (until.isEmpty() || !date.isAfter(until.get()));
    }
}
