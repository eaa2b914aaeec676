package org.minzheng.examples.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.minzheng.core.cases.Case;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.service.ServiceRecord;

/**
 * A generated district population (合成人口): the registry at the start of the period, the open
 * cases, the service records and facilities of the period, and the registry changes that happen
 * month by month (a member finds work, a household buys a car) which the monthly runs then
 * discover.
 *
 * @param households the households at the start of the period
 * @param cases the cases (active, or approved to start paying in a later month)
 * @param serviceRecords visits, enrolments, adaptations and confirmations dated in the period
 * @param facilities the district's care facilities
 * @param changes registry changes, by month
 * @param grants temporary assistance granted by case workers during the period
 */
public record Population(List<Household> households, List<Case> cases, List<ServiceRecord> serviceRecords,
                         List<Facility> facilities, List<HouseholdChange> changes, List<TemporaryGrant> grants) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is {@code null}
     */
    public Population {
        households = List.copyOf(households);
        cases = List.copyOf(cases);
        serviceRecords = List.copyOf(serviceRecords);
        facilities = List.copyOf(facilities);
        changes = List.copyOf(changes);
        grants = List.copyOf(grants);
    }

    /**
     * Number of persons in all households.
     *
     * @return the count
     */
    public int persons() {
        return households.stream().mapToInt(Household::size).sum();
    }

    /**
     * The changes of one month.
     *
     * @param month the month
     * @return the changes to apply before that month's run
     */
    public List<HouseholdChange> changesIn(YearMonth month) {
        return changes.stream().filter(c -> c.month().equals(month)).toList();
    }

    /**
     * A temporary-assistance application (临时救助申请) that a case worker assesses and pays in a
     * month: the need as assessed on a home visit.
     *
     * @param month the month of the grant
     * @param household the household
     * @param emergency 急难型 (true) or 支出型 (false)
     * @param need the assessed need, yuan
     */
    public record TemporaryGrant(YearMonth month, HouseholdId household, boolean emergency, Money need) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         */
        public TemporaryGrant {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(need, "need");
        }
    }

    /**
     * A change to a household's registry record, made by a case worker before a month's run.
     *
     * @param month the month before whose run it is recorded
     * @param household the household
     * @param reason why (for the audit log; no personal data)
     * @param change the change, applied to the stored household
     */
    public record HouseholdChange(YearMonth month, HouseholdId household, String reason, UnaryOperator<Household> change) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         */
        public HouseholdChange {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(change, "change");
        }
    }
}
