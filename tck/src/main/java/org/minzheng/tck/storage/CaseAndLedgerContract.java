package org.minzheng.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.tck.storage.StorageFixtures.BY_TESTER;
import static org.minzheng.tck.storage.StorageFixtures.DANTU;
import static org.minzheng.tck.storage.StorageFixtures.GAOZI;
import static org.minzheng.tck.storage.StorageFixtures.RUNZHOU;
import static org.minzheng.tck.storage.StorageFixtures.ZHENJIANG;
import static org.minzheng.tck.storage.StorageFixtures.activeDibaoCase;
import static org.minzheng.tck.storage.StorageFixtures.appliedDibaoCase;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentStatus;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.RecordNotFoundException;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.spi.storage.ValueTooLongException;
import org.minzheng.spi.storage.WriteContext;

/**
 * The storage contract suite, part 2: cases with their history, the payment ledger, service
 * records and facilities. A store's test extends this class and supplies a fresh, empty storage
 * for every test.
 */
public abstract class CaseAndLedgerContract {

    private static final YearMonth OCTOBER = YearMonth.of(2022, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2022, 11);

    /** The storage under test, fresh for each test. */
    protected Storage storage;

    /**
     * Supplies a fresh, empty storage. Called before every test.
     *
     * @return the storage
     * @throws Exception if it cannot be opened
     */
    protected abstract Storage newStorage() throws Exception;

    @BeforeEach
    void openStorage() throws Exception {
        storage = newStorage();
    }

    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    private Case storeCase(String id, RegionCode region) {
        return storage.cases().save(activeDibaoCase(id, "H-" + id, region), BY_TESTER);
    }

    private static PaymentKey key(String caseId, YearMonth month, PaymentComponent component) {
        return PaymentKey.of(CaseId.of(caseId), month, component);
    }

    /** Cases: round trips, queries, versions. */
    @Nested
    @DisplayName("cases")
    class Cases {

        @Test
        void save_newCase_loadsEqualWithItsWholeHistory() {
            Case original = activeDibaoCase("C-1", "H-1", GAOZI);
            Case saved = storage.cases().save(original, BY_TESTER);
            assertThat(saved.version()).isEqualTo(1);
            Case loaded = storage.cases().get(CaseId.of("C-1"));
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.history()).isEqualTo(original.history());
            assertThat(loaded.state()).isEqualTo(CaseState.ACTIVE);
        }

        @Test
        void save_transition_appendsToTheStoredHistory() {
            Case saved = storage.cases().save(appliedDibaoCase("C-1", "H-1", GAOZI), BY_TESTER);
            Case reviewed = saved.review("审核员", StorageFixtures.APPLIED_AT.plusSeconds(60), "核实");
            Case updated = storage.cases().save(reviewed, BY_TESTER);
            assertThat(updated.version()).isEqualTo(2);
            assertThat(storage.cases().get(saved.id()).history()).hasSize(2).isEqualTo(reviewed.history());
        }

        @Test
        void save_staleCase_failsAndWritesNothing() {
            Case saved = storage.cases().save(appliedDibaoCase("C-1", "H-1", GAOZI), BY_TESTER);
            Case winner = storage.cases().save(saved.review("甲", StorageFixtures.APPLIED_AT.plusSeconds(60), "甲审核"),
                    BY_TESTER);
            assertThatThrownBy(() -> storage.cases().save(
                    saved.review("乙", StorageFixtures.APPLIED_AT.plusSeconds(90), "乙审核"), BY_TESTER))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(storage.cases().get(saved.id())).isEqualTo(winner);
        }

        @Test
        void queries_bySubjectProgramStateAndRegion() {
            Case active = storeCase("C-1", GAOZI);
            Case applied = storage.cases().save(appliedDibaoCase("C-2", "H-C-1", DANTU), BY_TESTER);
            Case elsewhere = storeCase("C-3", RUNZHOU);
            assertThat(storage.cases().findBySubject(SubjectRef.household(HouseholdId.of("H-C-1"))))
                    .containsExactly(active, applied);
            assertThat(storage.cases().findByProgramAndState(StorageFixtures.CASH_PROGRAM, CaseState.ACTIVE, DANTU)).containsExactly(active);
            assertThat(storage.cases().findByProgramAndState(StorageFixtures.CASH_PROGRAM, CaseState.ACTIVE, ZHENJIANG))
                    .containsExactly(active, elsewhere);
            assertThat(storage.cases().findByProgramAndState(StorageFixtures.CASH_PROGRAM, CaseState.APPLIED, DANTU)).containsExactly(applied);
            assertThat(storage.cases().findByProgramAndState(StorageFixtures.OTHER_PROGRAM, CaseState.ACTIVE, DANTU)).isEmpty();
            try (Stream<Case> s = storage.cases().streamByRegion(DANTU)) {
                assertThat(s).containsExactly(active, applied);
            }
        }

        @Test
        void scopedView_refusesCasesOutside() {
            storeCase("C-1", GAOZI);
            Case outside = storeCase("C-3", RUNZHOU);
            Storage dantu = storage.scopedTo(DANTU);
            assertThat(dantu.cases().find(CaseId.of("C-1"))).isPresent();
            assertThat(dantu.cases().find(outside.id())).isEmpty();
            assertThatThrownBy(() -> dantu.cases().save(activeDibaoCase("C-9", "H-9", RUNZHOU), BY_TESTER))
                    .isInstanceOf(RegionAccessException.class);
            assertThatThrownBy(() -> dantu.cases().findByProgramAndState(StorageFixtures.CASH_PROGRAM, CaseState.ACTIVE, ZHENJIANG))
                    .isInstanceOf(RegionAccessException.class);
            assertThat(storage.cases().find(CaseId.of("C-9"))).isEmpty();
        }

        @Test
        void overLongReasonInHistory_isRefused() {
            Case c = appliedDibaoCase("C-1", "H-1", GAOZI);
            Case tooLong = c.review("审核员", StorageFixtures.APPLIED_AT.plusSeconds(1), "理".repeat(StorageLimits.TEXT + 1));
            assertThatThrownBy(() -> storage.cases().save(tooLong, BY_TESTER)).isInstanceOf(ValueTooLongException.class)
                    .hasMessageContaining("case.history[1].reason");
            assertThat(storage.cases().find(c.id())).isEmpty();
        }
    }

    /** The ledger: idempotent posting, reversals, queries. */
    @Nested
    @DisplayName("payment ledger")
    class Ledger {

        @Test
        void post_writesEntryOneWithTheExactAmount() {
            storeCase("C-1", GAOZI);
            PostResult r = storage.payments().post(PaymentRequest.of(key("C-1", OCTOBER, PaymentComponent.BASE),
                    Money.of("1354.75")), BY_TESTER);
            assertThat(r.posted()).isTrue();
            assertThat(r.entry().sequence()).isEqualTo(1);
            assertThat(r.entry().status()).isEqualTo(PaymentStatus.POSTED);
            assertThat(r.entry().amount()).isEqualTo(Money.of("1354.75"));
            assertThat(storage.payments().ledger(r.entry().key()).entries()).containsExactly(r.entry());
        }

        @Test
        void post_sameKeyAgain_isANoOpThatReportsTheExistingEntry() {
            storeCase("C-1", GAOZI);
            PaymentKey k = key("C-1", OCTOBER, PaymentComponent.BASE);
            PostResult first = storage.payments().post(PaymentRequest.of(k, Money.of("500.00")), BY_TESTER);
            long audit = storage.audit().count();
            PostResult again = storage.payments().post(PaymentRequest.of(k, Money.of("500.00")), BY_TESTER);
            assertThat(again.outcome()).isEqualTo(PostResult.Outcome.ALREADY_POSTED);
            assertThat(again.entry()).isEqualTo(first.entry());
            assertThat(again.conflicting()).isFalse();
            PostResult different = storage.payments().post(PaymentRequest.of(k, Money.of("600.00")), BY_TESTER);
            assertThat(different.posted()).isFalse();
            assertThat(different.conflicting()).isTrue();
            assertThat(storage.payments().ledger(k).entries()).hasSize(1);
            assertThat(storage.audit().count()).isEqualTo(audit);
        }

        @Test
        void reverse_appendsANegatedEntryAndAllowsANewPosting() {
            storeCase("C-1", GAOZI);
            PaymentKey k = key("C-1", OCTOBER, PaymentComponent.BASE);
            Payment original = storage.payments().post(PaymentRequest.of(k, Money.of("500.00")), BY_TESTER).entry();
            Payment reversal = storage.payments().reverse(k, WriteContext.of("会计", "金额有误"));
            assertThat(reversal.sequence()).isEqualTo(2);
            assertThat(reversal.status()).isEqualTo(PaymentStatus.REVERSED);
            assertThat(reversal.amount()).isEqualTo(Money.of("-500.00"));
            assertThat(reversal.reverses()).isEqualTo(OptionalInt.of(1));
            assertThat(reversal.note()).contains("金额有误");
            assertThat(storage.payments().ledger(k).current()).isEmpty();
            PostResult corrected = storage.payments().post(PaymentRequest.of(k, Money.of("520.00")), BY_TESTER);
            assertThat(corrected.posted()).isTrue();
            assertThat(corrected.entry().sequence()).isEqualTo(3);
            assertThat(storage.payments().ledger(k).entries()).containsExactly(original, reversal, corrected.entry());
            assertThat(storage.payments().ledger(k).current()).contains(corrected.entry());
            assertThat(storage.payments().total(OCTOBER, DANTU)).isEqualTo(Money.of("520.00"));
        }

        @Test
        void reverse_withNothingInForce_isRefused() {
            storeCase("C-1", GAOZI);
            PaymentKey k = key("C-1", OCTOBER, PaymentComponent.BASE);
            assertThatThrownBy(() -> storage.payments().reverse(k, BY_TESTER)).isInstanceOf(RecordNotFoundException.class);
            storage.payments().post(PaymentRequest.of(k, Money.of("1.00")), BY_TESTER);
            storage.payments().reverse(k, BY_TESTER);
            assertThatThrownBy(() -> storage.payments().reverse(k, BY_TESTER)).isInstanceOf(RecordNotFoundException.class);
        }

        @Test
        void post_forAnUnknownCase_isRefused() {
            PaymentKey k = key("no-such-case", OCTOBER, PaymentComponent.BASE);
            assertThatThrownBy(() -> storage.payments().post(PaymentRequest.of(k, Money.of("1.00")), BY_TESTER))
                    .isInstanceOfSatisfying(RecordNotFoundException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.CASE));
            assertThat(storage.payments().ledger(k).entries()).isEmpty();
        }

        @Test
        void postAll_reportsEachKeyAndIsAtomic() {
            storeCase("C-1", GAOZI);
            storeCase("C-2", GAOZI);
            storage.payments().post(PaymentRequest.of(key("C-1", OCTOBER, PaymentComponent.BASE), Money.of("10.00")), BY_TESTER);
            List<PostResult> results = storage.payments().postAll(List.of(
                    PaymentRequest.of(key("C-1", OCTOBER, PaymentComponent.BASE), Money.of("10.00")),
                    PaymentRequest.of(key("C-1", OCTOBER, PaymentComponent.ADD_ON), Money.of("20.00")),
                    PaymentRequest.of(key("C-2", OCTOBER, PaymentComponent.BASE), Money.of("30.00"))), BY_TESTER);
            assertThat(results).extracting(PostResult::outcome).containsExactly(PostResult.Outcome.ALREADY_POSTED,
                    PostResult.Outcome.POSTED, PostResult.Outcome.POSTED);
            assertThat(storage.payments().total(OCTOBER, DANTU)).isEqualTo(Money.of("60.00"));

            assertThatThrownBy(() -> storage.payments().postAll(List.of(
                    PaymentRequest.of(key("C-2", NOVEMBER, PaymentComponent.BASE), Money.of("30.00")),
                    PaymentRequest.of(key("missing", NOVEMBER, PaymentComponent.BASE), Money.of("30.00"))), BY_TESTER))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(storage.payments().ledger(key("C-2", NOVEMBER, PaymentComponent.BASE)).entries()).isEmpty();

            PaymentRequest twice = PaymentRequest.of(key("C-2", NOVEMBER, PaymentComponent.CARE), Money.of("1.00"));
            assertThatThrownBy(() -> storage.payments().postAll(List.of(twice, twice), BY_TESTER))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void queries_byCaseAndMonthAndRegion() {
            storeCase("C-1", GAOZI);
            storeCase("C-2", RUNZHOU);
            Payment a = post("C-1", OCTOBER, PaymentComponent.BASE, "100.10");
            Payment b = post("C-1", OCTOBER, PaymentComponent.ADD_ON, "0.01");
            Payment c = post("C-1", NOVEMBER, PaymentComponent.BASE, "99999999.99");
            Payment d = post("C-2", OCTOBER, PaymentComponent.BASE, "7.00");
            // by case, month, component code ("add-on" before "base"), sequence
            assertThat(storage.payments().findByCase(CaseId.of("C-1"))).containsExactly(b, a, c);
            try (Stream<Payment> s = storage.payments().streamByMonth(OCTOBER, DANTU)) {
                assertThat(s).containsExactly(b, a);
            }
            try (Stream<Payment> s = storage.payments().streamByMonth(OCTOBER, ZHENJIANG)) {
                assertThat(s).containsExactly(b, a, d);
            }
            assertThat(storage.payments().total(OCTOBER, ZHENJIANG)).isEqualTo(Money.of("107.11"));
            assertThat(storage.payments().total(NOVEMBER, DANTU)).isEqualTo(Money.of("99999999.99"));
        }

        @Test
        void streamByMonth_findsPaymentsBehindPagesOfUnpaidCases() {
            List<Case> many = new java.util.ArrayList<>();
            for (int i = 0; i < 620; i++) {
                many.add(activeDibaoCase(String.format("K-%04d", i), "H-K-" + i, GAOZI));
            }
            storage.cases().saveAll(many, BY_TESTER);
            Payment last = post("K-0619", OCTOBER, PaymentComponent.BASE, "3.00");
            try (Stream<Payment> s = storage.payments().streamByMonth(OCTOBER, DANTU)) {
                assertThat(s).containsExactly(last);
            }
            try (Stream<Case> s = storage.cases().streamByRegion(DANTU)) {
                assertThat(s).hasSize(620);
            }
        }

        @Test
        void scopedView_refusesPaymentsOutside() {
            storeCase("C-1", GAOZI);
            storeCase("C-2", RUNZHOU);
            Storage dantu = storage.scopedTo(DANTU);
            PaymentKey outside = key("C-2", OCTOBER, PaymentComponent.BASE);
            // a case outside the scope is not found, exactly as a case that is not stored
            assertThatThrownBy(() -> dantu.payments().post(PaymentRequest.of(outside, Money.of("1.00")), BY_TESTER))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(storage.payments().ledger(outside).entries()).isEmpty();
            post("C-2", OCTOBER, PaymentComponent.BASE, "1.00");
            assertThat(dantu.payments().ledger(outside).entries()).isEmpty();
            assertThatThrownBy(() -> dantu.payments().reverse(outside, BY_TESTER)).isInstanceOf(RecordNotFoundException.class);
            assertThat(storage.payments().ledger(outside).entries()).hasSize(1);
            assertThatThrownBy(() -> dantu.payments().total(OCTOBER, ZHENJIANG)).isInstanceOf(RegionAccessException.class);
            assertThat(dantu.payments().post(PaymentRequest.of(key("C-1", OCTOBER, PaymentComponent.BASE),
                    Money.of("2.00")), BY_TESTER).posted()).isTrue();
        }

        @Test
        void audit_recordsPostingsAndReversals() {
            storeCase("C-1", GAOZI);
            PaymentKey k = key("C-1", OCTOBER, PaymentComponent.BASE);
            storage.payments().post(PaymentRequest.of(k, Money.of("1.00")), WriteContext.of("run-2022-10", "十月发放"));
            storage.payments().reverse(k, WriteContext.of("会计", "冲正"));
            List<AuditEntry> entries = storage.audit().forEntity(EntityType.PAYMENT, "C-1/2022-10/base");
            assertThat(entries).extracting(AuditEntry::operation).containsExactly(AuditOperation.POST, AuditOperation.REVERSE);
            assertThat(entries).extracting(AuditEntry::version).containsExactly(1L, 2L);
            assertThat(entries).extracting(AuditEntry::reason).containsExactly("十月发放", "冲正");
            assertThat(entries).allSatisfy(e -> assertThat(e.region()).contains(GAOZI));
        }

        @Test
        void transaction_rollsBackCasesAndPaymentsTogether() {
            assertThatThrownBy(() -> storage.inTransaction(tx -> {
                tx.cases().save(activeDibaoCase("C-1", "H-1", GAOZI), BY_TESTER);
                tx.payments().post(PaymentRequest.of(key("C-1", OCTOBER, PaymentComponent.BASE), Money.of("1.00")), BY_TESTER);
                throw new IllegalStateException("bank file rejected");
            })).hasMessage("bank file rejected");
            assertThat(storage.cases().find(CaseId.of("C-1"))).isEmpty();
            assertThat(storage.payments().ledger(key("C-1", OCTOBER, PaymentComponent.BASE)).entries()).isEmpty();
            assertThat(storage.audit().count()).isZero();
        }

        private Payment post(String caseId, YearMonth month, PaymentComponent component, String amount) {
            return storage.payments().post(PaymentRequest.of(key(caseId, month, component), Money.of(amount)), BY_TESTER)
                    .entry();
        }
    }

    /** Service records and facilities: round trips, queries, versions, scope. */
    @Nested
    @DisplayName("service records and facilities")
    class RecordsAndFacilities {

        @Test
        void serviceRecord_roundTripsAndIsQueriedByRegionDateAndSubject() {
            var visit = storage.serviceRecords().save(StorageFixtures.careVisit("S-1", "P-1", GAOZI,
                    java.time.LocalDate.of(2022, 10, 3)), BY_TESTER);
            var later = storage.serviceRecords().save(StorageFixtures.careVisit("S-2", "P-1", DANTU,
                    java.time.LocalDate.of(2022, 10, 20)), BY_TESTER);
            storage.serviceRecords().save(StorageFixtures.careVisit("S-3", "P-2", RUNZHOU,
                    java.time.LocalDate.of(2022, 10, 5)), BY_TESTER);
            assertThat(visit.version()).isEqualTo(1);
            assertThat(storage.serviceRecords().find(visit.id())).contains(visit);
            assertThat(storage.serviceRecords().findBySubject(SubjectRef.person(org.minzheng.core.registry.PersonId.of("P-1"))))
                    .containsExactly(visit, later);
            try (Stream<org.minzheng.core.service.ServiceRecord> s = storage.serviceRecords().streamByRegion(DANTU,
                    java.time.LocalDate.of(2022, 10, 1), java.time.LocalDate.of(2022, 11, 1))) {
                assertThat(s).containsExactly(visit, later);
            }
            try (Stream<org.minzheng.core.service.ServiceRecord> s = storage.serviceRecords().streamByRegion(DANTU,
                    java.time.LocalDate.of(2022, 10, 4), java.time.LocalDate.of(2022, 10, 20))) {
                assertThat(s).isEmpty();
            }
        }

        /**
         * More records than a page of any store, most of them on one date (a month's visits are often recorded on
         * one day), some outside the region: the region's records come back each once, in date and id order,
         * across the pages and the date boundaries, and a range starting on the busy date excludes what lies before.
         */
        @Test
        void serviceRecords_ofARegion_streamEachOnceInDateAndIdOrderAcrossPages() {
            java.time.LocalDate busy = java.time.LocalDate.of(2022, 10, 3);
            List<ServiceRecord> inDantu = new java.util.ArrayList<>();
            storage.inTransaction(tx -> {
                for (int i = 0; i < 1_300; i++) {
                    java.time.LocalDate on = i % 10 == 0 ? busy.minusDays(1) : i % 7 == 0 ? busy.plusDays(1 + i % 3) : busy;
                    RegionCode where = i % 13 == 0 ? RUNZHOU : GAOZI;
                    // ids not in insertion order, so the stream's order is the store's doing
                    String id = String.format("SR-%04d", (i * 7_919) % 10_000);
                    ServiceRecord saved = tx.serviceRecords().save(StorageFixtures.careVisit(id, "P-" + i % 50, where, on),
                            BY_TESTER);
                    if (where.equals(GAOZI)) {
                        inDantu.add(saved);
                    }
                }
                return null;
            });
            java.util.Comparator<ServiceRecord> byDateAndId = java.util.Comparator.comparing(ServiceRecord::date)
                    .thenComparing(r -> r.id().value());
            try (Stream<ServiceRecord> s = storage.serviceRecords().streamByRegion(DANTU, busy.minusDays(1),
                    busy.plusDays(10))) {
                assertThat(s.toList()).containsExactlyElementsOf(inDantu.stream().sorted(byDateAndId).toList());
            }
            try (Stream<ServiceRecord> s = storage.serviceRecords().streamByRegion(DANTU, busy, busy.plusDays(2))) {
                assertThat(s.toList()).containsExactlyElementsOf(inDantu.stream()
                        .filter(r -> !r.date().isBefore(busy) && r.date().isBefore(busy.plusDays(2)))
                        .sorted(byDateAndId).toList());
            }
        }

        /** Asked for some kinds, a store returns exactly the region's records of those kinds, in date and id order. */
        @Test
        void serviceRecords_ofARegion_byKind_areExactlyThoseKinds() {
            java.time.LocalDate on = java.time.LocalDate.of(2022, 10, 3);
            List<ServiceRecord> inDantu = new java.util.ArrayList<>();
            for (ServiceRecord r : StorageFixtures.everyServiceRecordKind("K-", GAOZI, on, true)) {
                inDantu.add(storage.serviceRecords().save(r, BY_TESTER));
            }
            for (ServiceRecord r : StorageFixtures.everyServiceRecordKind("O-", RUNZHOU, on, true)) {
                storage.serviceRecords().save(r, BY_TESTER);
            }
            java.util.Comparator<ServiceRecord> byDateAndId = java.util.Comparator.comparing(ServiceRecord::date)
                    .thenComparing(r -> r.id().value());
            List<org.minzheng.core.service.ServiceRecordKind> kinds = inDantu.stream().map(ServiceRecord::kind).distinct().toList();
            assertThat(kinds).hasSizeGreaterThan(2);
            for (int n = 0; n <= 2; n++) {
                java.util.Set<org.minzheng.core.service.ServiceRecordKind> wanted = java.util.Set.copyOf(kinds.subList(0, n));
                try (Stream<ServiceRecord> s = storage.serviceRecords().streamByRegion(DANTU, on.minusDays(400),
                        on.plusDays(400), wanted)) {
                    assertThat(s.toList()).as("kinds %s", wanted).containsExactlyElementsOf(inDantu.stream()
                            .filter(r -> wanted.contains(r.kind())).sorted(byDateAndId).toList());
                }
            }
        }

        /**
         * Read as a set, service records are what {@code find} gives one by one: unknown ids absent, duplicates read
         * once, more than one chunk of the JDBC store's IN-lists; a scoped view sees none outside its scope.
         */
        @Test
        void serviceRecords_findAll_isWhatFindGivesOneByOne() {
            java.time.LocalDate on = java.time.LocalDate.of(2022, 10, 3);
            List<ServiceRecord> inDantu = new java.util.ArrayList<>();
            for (int i = 0; inDantu.size() < 510; i++) {
                for (ServiceRecord r : StorageFixtures.everyServiceRecordKind("F" + i + "-", GAOZI, on, i % 2 == 0)) {
                    inDantu.add(storage.serviceRecords().save(r, BY_TESTER));
                }
            }
            List<ServiceRecord> outside = new java.util.ArrayList<>();
            for (ServiceRecord r : StorageFixtures.everyServiceRecordKind("G-", RUNZHOU, on, true)) {
                outside.add(storage.serviceRecords().save(r, BY_TESTER));
            }
            List<org.minzheng.core.service.ServiceRecordId> ids = new java.util.ArrayList<>();
            java.util.Map<org.minzheng.core.service.ServiceRecordId, ServiceRecord> expected = new java.util.HashMap<>();
            for (int i = 0; i < inDantu.size(); i++) {
                if (i % 3 != 1) {
                    ids.add(inDantu.get(i).id());
                    expected.put(inDantu.get(i).id(), inDantu.get(i));
                }
            }
            ids.add(ids.get(0));
            ids.add(org.minzheng.core.service.ServiceRecordId.of("nobody"));
            assertThat(storage.serviceRecords().findAll(ids)).isEqualTo(expected);
            assertThat(storage.serviceRecords().findAll(List.of())).isEmpty();
            List<org.minzheng.core.service.ServiceRecordId> both = List.of(inDantu.get(0).id(), outside.get(0).id());
            assertThat(storage.serviceRecords().findAll(both)).containsOnlyKeys(both);
            assertThat(storage.scopedTo(DANTU).serviceRecords().findAll(both))
                    .containsExactly(java.util.Map.entry(inDantu.get(0).id(), inDantu.get(0)));
            assertThatThrownBy(() -> storage.serviceRecords().findAll(java.util.Arrays.asList(
                    (org.minzheng.core.service.ServiceRecordId) null))).isInstanceOf(NullPointerException.class);
        }

        /**
         * Saved as a batch, service records are stored as {@code save} stores them one by one: new ones at version 1,
         * a stored one at its next version, each audited with the context; a twice-named id or a stale version
         * inside a transaction leaves nothing written.
         */
        @Test
        void serviceRecords_saveAll_storesEachAsSaveDoes() {
            java.time.LocalDate on = java.time.LocalDate.of(2022, 10, 3);
            List<ServiceRecord> first = new java.util.ArrayList<>();
            for (int i = 0; first.size() < 505; i++) {
                first.addAll(StorageFixtures.everyServiceRecordKind("B" + i + "-", GAOZI, on, i % 2 == 0));
            }
            long audited = storage.audit().count();
            List<ServiceRecord> saved = storage.serviceRecords().saveAll(first, BY_TESTER);
            assertThat(saved).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(saved.get(i).id()).isEqualTo(first.get(i).id());
                assertThat(saved.get(i).version()).isEqualTo(1);
                assertThat(storage.serviceRecords().find(first.get(i).id())).contains(saved.get(i));
            }
            assertThat(storage.audit().count()).isEqualTo(audited + first.size());
            assertThat(storage.audit().forEntity(EntityType.SERVICE_RECORD, first.get(0).id().value()))
                    .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(BY_TESTER.reason()));
            // a stored one again (its next version) beside a new one
            ServiceRecord fresh = StorageFixtures.everyServiceRecordKind("N-", GAOZI, on, true).get(0);
            List<ServiceRecord> again = storage.serviceRecords().saveAll(List.of(saved.get(0), fresh), BY_TESTER);
            assertThat(again).extracting(ServiceRecord::version).containsExactly(2L, 1L);
            assertThat(storage.serviceRecords().find(fresh.id())).contains(again.get(1));
            assertThat(storage.serviceRecords().saveAll(List.of(), BY_TESTER)).isEmpty();
            // refused: the same id twice; a stale version (inside a transaction: nothing of the batch stays)
            ServiceRecord other = StorageFixtures.everyServiceRecordKind("X-", GAOZI, on, true).get(0);
            assertThatThrownBy(() -> storage.serviceRecords().saveAll(List.of(other, other), BY_TESTER))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(storage.serviceRecords().find(other.id())).isEmpty();
            assertThatThrownBy(() -> storage.inTransaction(tx -> tx.serviceRecords().saveAll(List.of(other, saved.get(0)),
                    BY_TESTER))).isInstanceOf(org.minzheng.spi.storage.StaleVersionException.class);
            assertThat(storage.serviceRecords().find(other.id())).isEmpty();
            assertThat(storage.serviceRecords().find(saved.get(0).id())).contains(again.get(0));
        }

        @Test
        void serviceRecord_everyKind_roundTripsWithAndWithoutItsOptionalComponents() {
            java.time.LocalDate on = java.time.LocalDate.of(2022, 10, 3);
            List<ServiceRecord> all = new java.util.ArrayList<>();
            for (boolean optionals : new boolean[] {true, false}) {
                for (ServiceRecord r : StorageFixtures.everyServiceRecordKind(optionals ? "A-" : "B-", GAOZI, on, optionals)) {
                    ServiceRecord saved = storage.serviceRecords().save(r, BY_TESTER);
                    assertThat(saved).as(r.kind().code()).isEqualTo(r.withVersion(1));
                    assertThat(storage.serviceRecords().find(r.id())).as(r.kind().code()).contains(saved);
                    ServiceRecord again = storage.serviceRecords().save(saved, BY_TESTER);
                    assertThat(storage.serviceRecords().find(r.id())).as(r.kind().code()).contains(again);
                    all.add(again);
                }
            }
            try (Stream<ServiceRecord> s = storage.serviceRecords().streamByRegion(DANTU, on, on.plusDays(1))) {
                assertThat(s).containsExactlyInAnyOrderElementsOf(all);
            }
        }

        @Test
        void serviceRecord_ofAClassCoreDoesNotDefine_isRefusedAndNothingIsWritten() {
            ServiceRecord visit = StorageFixtures.careVisit("S-F", "P-1", GAOZI, java.time.LocalDate.of(2022, 10, 3));
            ServiceRecord foreign = new ForeignServiceRecord(visit);
            assertThatThrownBy(() -> storage.serviceRecords().save(foreign, BY_TESTER))
                    .isInstanceOf(org.minzheng.spi.storage.StorageException.class);
            assertThat(storage.serviceRecords().find(visit.id())).isEmpty();
            assertThat(storage.audit().forEntity(EntityType.SERVICE_RECORD, "S-F")).isEmpty();
        }

        @Test
        void serviceRecord_staleSaveAndScopeAreRefused() {
            var visit = storage.serviceRecords().save(StorageFixtures.careVisit("S-1", "P-1", GAOZI,
                    java.time.LocalDate.of(2022, 10, 3)), BY_TESTER);
            var updated = storage.serviceRecords().save(visit.toBuilder().followUp("已复访").build(), BY_TESTER);
            assertThat(updated.version()).isEqualTo(2);
            assertThatThrownBy(() -> storage.serviceRecords().save(visit, BY_TESTER)).isInstanceOf(StaleVersionException.class);
            assertThat(storage.serviceRecords().find(visit.id())).contains(updated);
            Storage runzhou = storage.scopedTo(RUNZHOU);
            assertThat(runzhou.serviceRecords().find(visit.id())).isEmpty();
            assertThatThrownBy(() -> runzhou.serviceRecords().save(StorageFixtures.careVisit("S-9", "P-9", GAOZI,
                    java.time.LocalDate.of(2022, 10, 3)), BY_TESTER)).isInstanceOf(RegionAccessException.class);
            assertThat(storage.audit().forEntity(EntityType.SERVICE_RECORD, "S-1")).extracting(AuditEntry::operation)
                    .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE);
        }

        @Test
        void facility_roundTripsWithItsGradeAndIsQueriedByRegion() {
            var saved = storage.facilities().save(StorageFixtures.facility("F-1", GAOZI), BY_TESTER);
            var other = storage.facilities().save(StorageFixtures.facility("F-2", RUNZHOU), BY_TESTER);
            assertThat(saved.version()).isEqualTo(1);
            assertThat(storage.facilities().find(saved.id())).contains(saved);
            assertThat(storage.facilities().findByRegion(DANTU)).containsExactly(saved);
            assertThat(storage.facilities().findByRegion(ZHENJIANG)).containsExactly(saved, other);
            var renamed = storage.facilities().save(saved.toBuilder().name("丹徒区福利院").build(), BY_TESTER);
            assertThat(renamed.version()).isEqualTo(2);
            assertThatThrownBy(() -> storage.facilities().save(saved, BY_TESTER)).isInstanceOf(StaleVersionException.class);
            assertThat(storage.scopedTo(DANTU).facilities().find(other.id())).isEmpty();
            assertThat(storage.facilities().find(saved.id())).contains(renamed);
        }
    }

    /** A service record of a class minzheng-core does not define, claiming a core kind. */
    private record ForeignServiceRecord(ServiceRecord of) implements ServiceRecord {
        @Override
        public org.minzheng.core.service.ServiceRecordId id() {
            return of.id();
        }

        @Override
        public org.minzheng.core.service.ServiceRecordKind kind() {
            return of.kind();
        }

        @Override
        public SubjectRef subject() {
            return of.subject();
        }

        @Override
        public RegionCode region() {
            return of.region();
        }

        @Override
        public java.time.LocalDate date() {
            return of.date();
        }

        @Override
        public java.util.Optional<CaseId> caseId() {
            return of.caseId();
        }

        @Override
        public long version() {
            return of.version();
        }

        @Override
        public ServiceRecord withVersion(long version) {
            return new ForeignServiceRecord(of.withVersion(version));
        }
    }
}
