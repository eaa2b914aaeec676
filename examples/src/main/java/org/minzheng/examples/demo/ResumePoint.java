package org.minzheng.examples.demo;

import java.time.YearMonth;
import java.util.Objects;
import java.util.stream.Stream;

import org.minzheng.core.cases.Payment;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.examples.demo.population.LifeEvent;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * Where a resumed demo run continues (断点续跑), read from the database alone: the ledger and the
 * registry's audit trail are the truth, never a progress file written beside them.
 *
 * <p>The demo works month after month: the month's registry changes, its temporary-assistance
 * grants (ledger entries of the month), its monthly run (ledger entries of the month). A month's
 * work begins only after the previous month's run returned complete, and the database keeps
 * commits in the order they were made. So the latest month of which the database holds anything
 * — a ledger entry of that month, or one of its registry changes in the audit log — is the one to
 * resume at, and every month before it is complete. That month is run again from its start: each
 * of its steps is idempotent, so only what is missing is written. Decision record 0142.
 */
final class ResumePoint {

    private ResumePoint() {
    }

    /**
     * The write context of a registry change: its reason names the month, so that the audit log
     * tells which month's changes have been recorded.
     *
     * @param reason what happened (no personal data)
     * @param month the month it is recorded in
     * @return the write context to record it with
     */
    static WriteContext context(String reason, YearMonth month) {
        return WriteContext.of("case-worker", reason + " [" + month + "]");
    }

    /**
     * The audit reason of each registry change of a month: what happened, numbered per household and kind (a
     * household may see two deaths or two jobs found in a month), and the month. Unique per household and month,
     * so a resumed month can tell which of its changes are recorded.
     *
     * @param events the month's events
     * @param month the month
     * @return the reason of each change, in event order
     */
    static java.util.Map<LifeEvent.Change, String> reasons(java.util.List<LifeEvent> events, YearMonth month) {
        java.util.Map<LifeEvent.Change, String> out = new java.util.IdentityHashMap<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (LifeEvent e : events) {
            if (e instanceof LifeEvent.Change c) {
                int n = seen.merge(c.household().value() + "/" + c.kind(), 1, Integer::sum);
                out.put(c, context(c.kind().reason() + " #" + n, month).reason());
            }
        }
        return out;
    }

    /**
     * The first month to run: the latest month in {@code [first, last]} of which the database holds
     * anything, or {@code first} if it holds nothing of any.
     *
     * @param storage the database
     * @param eventsIn the district's events of a month (its registry changes)
     * @param region the region run
     * @param first the first month of the run
     * @param last the last month of the run
     * @return the month to resume at
     */
    static YearMonth of(Storage storage, java.util.function.Function<YearMonth, java.util.List<LifeEvent>> eventsIn,
                        RegionCode region, YearMonth first, YearMonth last) {
        Objects.requireNonNull(storage, "storage");
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            if (started(storage, eventsIn, region, m)) {
                return m;
            }
        }
        return first;
    }

    private static boolean started(Storage storage, java.util.function.Function<YearMonth, java.util.List<LifeEvent>> eventsIn,
                                   RegionCode region, YearMonth month) {
        try (Stream<Payment> entries = storage.payments().streamByMonth(month, region)) {
            if (entries.findAny().isPresent()) {
                return true;
            }
        }
        java.util.Map<LifeEvent.Change, String> reasons = reasons(eventsIn.apply(month), month);
        for (var e : reasons.entrySet()) {
            if (storage.audit().forEntity(EntityType.HOUSEHOLD, e.getKey().household().value()).stream()
                    .anyMatch(x -> x.reason().equals(e.getValue()))) {
                return true;
            }
        }
        return false;
    }
}
