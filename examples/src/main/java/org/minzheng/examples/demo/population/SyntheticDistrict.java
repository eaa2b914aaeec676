package org.minzheng.examples.demo.population;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.minzheng.core.registry.Household;

/**
 * A generated district (合成人口): facts and events only. The registry on the day before the period — relatives
 * across households (spouses, parents, children, 亲属) are stored on the persons' records, as references to residents
 * or as descriptions with their status (decision 0385) — and the dated events of the period, applications
 * included. No case, payment, service record or count: those come from
 * the library's rules when the bureau decides the applications and runs the months.
 *
 * @param households the households at the start
 * @param events the events, in date order
 */
public record SyntheticDistrict(List<Household> households, List<LifeEvent> events) {

    /**
     * Copies the parts and sorts the events by date (stable: the generator's order within a day).
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public SyntheticDistrict {
        households = List.copyOf(households);
        events = events.stream().sorted(Comparator.comparing(LifeEvent::date)).toList();
    }

    /**
     * Number of persons in all households at the start.
     *
     * @return the count
     */
    public int persons() {
        return households.stream().mapToInt(Household::size).sum();
    }

    /**
     * The events of one month, in date order.
     *
     * @param month the month
     * @return the events
     */
    public List<LifeEvent> eventsIn(YearMonth month) {
        return events.stream().filter(e -> e.month().equals(month)).toList();
    }

    /**
     * The events before a month (the applications that make the caseload the period starts with).
     *
     * @param month the month
     * @return the events dated before its first day
     */
    public List<LifeEvent> eventsBefore(YearMonth month) {
        return events.stream().filter(e -> e.date().isBefore(month.atDay(1))).toList();
    }
}
