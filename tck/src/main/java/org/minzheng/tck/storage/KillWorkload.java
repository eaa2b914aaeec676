package org.minzheng.tck.storage;

import static org.minzheng.tck.storage.StorageFixtures.DANTU;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentStatus;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * What the killed child writes, and how the test reads it back. Unit {@code u} is three
 * acknowledged steps, numbered {@code 3u}, {@code 3u+1}, {@code 3u+2}:
 * <ol>
 *   <li>A — one transaction: household {@code kill-u} (two members), its active 低保 case
 *       {@code kill-case-u}, two October payments, and a repeat posting of unit {@code u-1}'s
 *       October base payment, which must be reported as already posted;</li>
 *   <li>B — one transaction: the household updated (version 2) and two November payments;</li>
 *   <li>C — one single write outside a transaction: the December base payment.</li>
 * </ol>
 * A step is present entirely or not at all; steps are committed one after the other, so what a
 * store keeps after a kill must be a prefix of the steps, at least as long as what was
 * acknowledged.
 */
final class KillWorkload {

    static final WriteContext CONTEXT = WriteContext.of("kill-test", "强杀测试 kill test");
    static final YearMonth OCTOBER = YearMonth.of(2022, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2022, 11);
    static final YearMonth DECEMBER = YearMonth.of(2022, 12);
    static final String UPDATED = "丹徒区测试村（已核实）";

    /** How much of a unit is stored. */
    enum Level {
        /** Nothing. */
        NONE,
        /** Step A. */
        A,
        /** Steps A and B. */
        AB,
        /** Steps A, B and C. */
        ABC;

        int steps() {
            return ordinal();
        }

        static Level ofSteps(int n) {
            return values()[n];
        }
    }

    private KillWorkload() {
    }

    static HouseholdId householdId(int u) {
        return HouseholdId.of("kill-" + u);
    }

    static CaseId caseId(int u) {
        return CaseId.of("kill-case-" + u);
    }

    static Household household(int u) {
        // Identity numbers unique for every unit: birth date and sequence both derive from u.
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(u / 400);
        int sequence = (u % 400) * 2;
        Person head = Person.builder().id("kill-" + u + "-1").name("测试户主" + u)
                .idNumber(StorageFixtures.idNumber("321112", birth, sequence + 1)).hukou(HukouType.RURAL).build();
        Person spouse = Person.builder().id("kill-" + u + "-2").name("测试配偶" + u)
                .idNumber(StorageFixtures.idNumber("321112", birth, sequence + 2)).hukou(HukouType.RURAL).build();
        return Household.builder().id(householdId(u).value()).region(DANTU).address("丹徒区测试村" + u + "号")
                .hukou(HukouType.RURAL).member(head, Relation.HEAD).member(spouse, Relation.SPOUSE)
                .income(Income.of(IncomeKind.WAGE, Money.ofFen(100_000 + u), head.id()))
                .assets(Assets.NONE).build();
    }

    static Case activeCase(int u) {
        return StorageFixtures.activeDibaoCase(caseId(u).value(), householdId(u).value(), DANTU);
    }

    static Money base(int u) {
        return Money.ofFen(30_000 + u);
    }

    static Money addOn(int u) {
        return Money.ofFen(5_000 + u % 97);
    }

    /** The payments a unit has at a level, by key. */
    static Map<PaymentKey, Money> payments(int u, Level level) {
        Map<PaymentKey, Money> out = new HashMap<>();
        if (level.steps() >= 1) {
            out.put(PaymentKey.of(caseId(u), OCTOBER, PaymentComponent.BASE), base(u));
            out.put(PaymentKey.of(caseId(u), OCTOBER, PaymentComponent.ADD_ON), addOn(u));
        }
        if (level.steps() >= 2) {
            out.put(PaymentKey.of(caseId(u), NOVEMBER, PaymentComponent.BASE), base(u));
            out.put(PaymentKey.of(caseId(u), NOVEMBER, PaymentComponent.ADD_ON), addOn(u));
        }
        if (level.steps() >= 3) {
            out.put(PaymentKey.of(caseId(u), DECEMBER, PaymentComponent.BASE), base(u));
        }
        return out;
    }

    // ---- the child's writes ----

    /** Step A. @return the stored household */
    static Household stepA(Storage storage, int u) {
        return storage.inTransaction(tx -> {
            Household stored = tx.households().save(household(u), CONTEXT);
            tx.cases().save(activeCase(u), CONTEXT);
            tx.payments().postAll(List.of(
                    PaymentRequest.of(PaymentKey.of(caseId(u), OCTOBER, PaymentComponent.BASE), base(u)),
                    PaymentRequest.of(PaymentKey.of(caseId(u), OCTOBER, PaymentComponent.ADD_ON), addOn(u))), CONTEXT);
            if (u > 0) {
                PostResult again = tx.payments().post(
                        PaymentRequest.of(PaymentKey.of(caseId(u - 1), OCTOBER, PaymentComponent.BASE), base(u - 1)),
                        CONTEXT);
                if (again.posted()) {
                    throw new IllegalStateException("unit " + (u - 1) + "'s October payment was posted a second time");
                }
            }
            return stored;
        });
    }

    /** Step B. */
    static void stepB(Storage storage, int u, Household stored) {
        storage.inTransaction(tx -> {
            tx.households().save(stored.toBuilder().address(UPDATED).build(), CONTEXT);
            tx.payments().postAll(List.of(
                    PaymentRequest.of(PaymentKey.of(caseId(u), NOVEMBER, PaymentComponent.BASE), base(u)),
                    PaymentRequest.of(PaymentKey.of(caseId(u), NOVEMBER, PaymentComponent.ADD_ON), addOn(u))), CONTEXT);
            return null;
        });
    }

    /** Step C: a single write, atomic on its own. */
    static void stepC(Storage storage, int u) {
        PostResult r = storage.payments().post(
                PaymentRequest.of(PaymentKey.of(caseId(u), DECEMBER, PaymentComponent.BASE), base(u)), CONTEXT);
        if (!r.posted()) {
            throw new IllegalStateException("unit " + u + "'s December payment was already there");
        }
    }

    // ---- reading back ----

    /** What the store holds of one unit. */
    record Observed(int unit, boolean household, boolean updated, boolean aCase, List<Payment> entries) {

        /** The level, or empty if the unit is half-written. */
        Optional<Level> level() {
            for (Level level : Level.values()) {
                if (matches(level)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }

        private boolean matches(Level level) {
            boolean a = level.steps() >= 1;
            boolean b = level.steps() >= 2;
            if (household != a || aCase != a || (a && updated != b)) {
                return false;
            }
            Map<PaymentKey, Money> expected = payments(unit, level);
            if (entries.size() != expected.size()) {
                return false;
            }
            for (Payment p : entries) {
                if (!p.amount().equals(expected.get(p.key())) || p.sequence() != 1
                        || p.status() != PaymentStatus.POSTED) {
                    return false;
                }
            }
            return true;
        }

        /** Keys with more than one entry. */
        List<PaymentKey> duplicated() {
            Map<PaymentKey, Integer> count = new HashMap<>();
            entries.forEach(p -> count.merge(p.key(), 1, Integer::sum));
            List<PaymentKey> out = new ArrayList<>();
            count.forEach((k, n) -> {
                if (n > 1) {
                    out.add(k);
                }
            });
            return out;
        }

        String describe() {
            return "unit " + unit + ": household " + (household ? (updated ? "updated" : "stored") : "absent")
                    + ", case " + (aCase ? "stored" : "absent") + ", ledger entries " + entries.stream()
                    .map(p -> p.key().month() + "/" + p.key().component().code() + "#" + p.sequence()).toList();
        }
    }

    static Observed observe(Storage storage, int u) {
        Optional<Household> h = storage.households().find(householdId(u));
        boolean aCase = storage.cases().find(caseId(u)).isPresent();
        List<Payment> entries = aCase ? storage.payments().findByCase(caseId(u)) : List.of();
        return new Observed(u, h.isPresent(), h.map(x -> x.address().equals(UPDATED)).orElse(false), aCase, entries);
    }
}
