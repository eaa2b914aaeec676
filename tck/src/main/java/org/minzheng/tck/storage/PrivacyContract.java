package org.minzheng.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.minzheng.tck.storage.StorageFixtures.BY_TESTER;
import static org.minzheng.tck.storage.StorageFixtures.DANTU;
import static org.minzheng.tck.storage.StorageFixtures.GAOZI;
import static org.minzheng.tck.storage.StorageFixtures.RUNZHOU;
import static org.minzheng.tck.storage.StorageFixtures.activeDibaoCase;
import static org.minzheng.tck.storage.StorageFixtures.household;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.RecordNotFoundException;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.Storage;

/**
 * The storage contract suite, part 4: personal data (个人信息保护). A region-scoped view neither
 * confirms nor names records outside its scope, on every repository, and refuses every write that
 * would touch one with the same uninformative {@link RegionAccessException}; a batch that would
 * break a uniqueness rule is refused before anything is written, naming neither the person nor
 * the identity number; and no exception (message, causes, suppressed, stack-trace text) carries a
 * name, a full identity number or an identifier that holds one.
 *
 * <p>A store's test extends this class and supplies a fresh, empty storage for every test, as for
 * {@link StorageContract}.
 */
public abstract class PrivacyContract {

    private static final YearMonth OCTOBER = YearMonth.of(2022, 10);

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

    /**
     * Everything a leak could show: the text of the exception, of every cause and suppressed
     * exception (their {@code toString} and messages) and the printed stack trace.
     *
     * @param e the exception
     * @return the text
     */
    static String everything(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(todo.size() - 1);
            if (t == null || !seen.add(t)) {
                continue;
            }
            sb.append(t).append('\n').append(t.getMessage()).append('\n').append(t.getLocalizedMessage()).append('\n');
            todo.add(t.getCause());
            todo.addAll(List.of(t.getSuppressed()));
            todo.add(nextException(t));
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return sb.append(trace).toString();
    }

    /** A JDBC exception's chained next exception (read reflectively: this module does not need java.sql). */
    private static Throwable nextException(Throwable t) {
        try {
            Object next = t.getClass().getMethod("getNextException").invoke(t);
            return next instanceof Throwable n ? n : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Asserts that no text of an exception holds any of the secrets. */
    static void assertReveals(Throwable e, List<String> secrets) {
        String text = everything(e);
        for (String secret : secrets) {
            assertThat(text).as("exception text of %s", e.getClass().getSimpleName()).doesNotContain(secret);
        }
    }

    /** The refusal of a probe, which must be an uninformative RegionAccessException. */
    private static void assertRefusedUninformatively(Throwable e, List<String> secrets) {
        assertThat(e).isInstanceOf(RegionAccessException.class);
        assertThat(((RegionAccessException) e).region()).as("the region of a record outside the scope").isEmpty();
        assertThat(((RegionAccessException) e).scope()).isEqualTo(DANTU);
        assertReveals(e, secrets);
    }

    /**
     * A world with records outside Dantu (in Runzhou, and a person outside any household) and a
     * household inside it; the view is scoped to Dantu.
     */
    private final class World {
        final Household inside = storage.households().save(household("H-IN", GAOZI, 1), BY_TESTER);
        final Household outside = storage.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER);
        final Person alone = storage.persons().save(StorageFixtures.person("P-ALONE", "孤寡老人", 7001), BY_TESTER);
        final Case outCase = storage.cases().save(activeDibaoCase("C-OUT", "H-OUT", RUNZHOU), BY_TESTER);
        final Case outPersonCase = storage.cases().save(Case.open(CaseId.of("C-OUT-P"),
                StorageFixtures.OTHER_PROGRAM, SubjectRef.person(outside.head().id()), RUNZHOU,
                outside.head().id(), org.minzheng.core.cases.Transition.application("窗口", StorageFixtures.APPLIED_AT,
                        "申请", org.minzheng.core.cases.ApprovalLevel.TOWNSHIP)), BY_TESTER);
        final PaymentKey outKey = PaymentKey.of(outCase.id(), OCTOBER, PaymentComponent.BASE);
        final CareVisit outVisit;
        final org.minzheng.core.facility.Facility outFacility =
                storage.facilities().save(StorageFixtures.facility("F-OUT", RUNZHOU), BY_TESTER);
        final Storage dantu = storage.scopedTo(DANTU);
        final long auditBefore;

        World() {
            storage.payments().post(PaymentRequest.of(outKey, Money.of("870.00")), BY_TESTER);
            outVisit = storage.serviceRecords().save(StorageFixtures.careVisit("S-OUT", outside.head().id().value(),
                    RUNZHOU, LocalDate.of(2022, 10, 3)), BY_TESTER);
            auditBefore = storage.audit().count();
        }

        /** What no message about the outside records may contain. */
        List<String> secrets() {
            List<String> s = new ArrayList<>(List.of("H-OUT", RUNZHOU.shortForm(), "C-OUT", "S-OUT", "F-OUT", "P-ALONE",
                    "孤寡老人", alone.idNumber().orElseThrow().value(), alone.idNumber().orElseThrow().masked()));
            for (Member m : outside.members()) {
                s.add(m.person().id().value());
                s.add(m.person().name());
                s.add(m.person().idNumber().orElseThrow().value());
                s.add(m.person().idNumber().orElseThrow().masked());
            }
            return s;
        }

        /** Nothing was written, anywhere. */
        void assertNothingWritten() {
            assertThat(storage.audit().count()).isEqualTo(auditBefore);
        }
    }

    /** Reads through a scoped view: records outside are not seen, exactly as if not stored. */
    @Nested
    @DisplayName("scoped reads see nothing outside")
    class ScopedReads {

        @Test
        void householdsAndPersonsOutside_areNotFound_likeRecordsNeverStored() {
            World w = new World();
            Storage v = w.dantu;
            Person head = w.outside.head();
            IdNumber number = head.idNumber().orElseThrow();
            assertThat(v.households().find(w.outside.id())).isEmpty();
            assertThat(v.households().findByMember(head.id())).isEmpty();
            assertThat(v.households().findByIdNumber(number)).isEmpty();
            assertThat(v.persons().find(head.id())).isEmpty();
            assertThat(v.persons().findByIdNumber(number)).isEmpty();
            assertThat(v.persons().householdOf(head.id())).isEmpty();
            assertThat(v.persons().find(w.alone.id())).isEmpty();
            assertThat(v.persons().findByIdNumber(w.alone.idNumber().orElseThrow())).isEmpty();
            Throwable outside = catchThrowable(() -> v.households().get(w.outside.id()));
            Throwable never = catchThrowable(() -> v.households().get(HouseholdId.of("H-NEVER")));
            assertThat(outside).isInstanceOf(RecordNotFoundException.class);
            assertThat(outside.getMessage()).isEqualTo(never.getMessage().replace("H-NEVER", "H-OUT"));
            Throwable person = catchThrowable(() -> v.persons().get(head.id()));
            assertThat(person).isInstanceOf(RecordNotFoundException.class);
            assertThat(v.households().find(w.inside.id())).contains(w.inside);
            assertThat(v.persons().findByIdNumber(w.inside.head().idNumber().orElseThrow())).contains(w.inside.head());
        }

        @Test
        void casesPaymentsRecordsFacilitiesAndAuditOutside_areNotFound() {
            World w = new World();
            Storage v = w.dantu;
            assertThat(v.cases().find(w.outCase.id())).isEmpty();
            assertThat(v.cases().findBySubject(SubjectRef.household(w.outside.id()))).isEmpty();
            assertThat(v.cases().findBySubject(SubjectRef.person(w.outside.head().id()))).isEmpty();
            assertThat(v.payments().ledger(w.outKey).entries()).isEmpty();
            assertThat(v.payments().findByCase(w.outCase.id())).isEmpty();
            assertThat(v.serviceRecords().find(w.outVisit.id())).isEmpty();
            assertThat(v.serviceRecords().findBySubject(SubjectRef.person(w.outside.head().id()))).isEmpty();
            assertThat(v.facilities().find(w.outFacility.id())).isEmpty();
            assertThat(v.audit().forEntity(EntityType.HOUSEHOLD, "H-OUT")).isEmpty();
            assertThat(v.audit().forEntity(EntityType.PERSON, w.outside.head().id().value())).isEmpty();
            assertThat(v.audit().forEntity(EntityType.PERSON, "P-ALONE")).isEmpty();
            assertThat(v.audit().forEntity(EntityType.CASE, "C-OUT")).isEmpty();
            assertThat(v.audit().forEntity(EntityType.SERVICE_RECORD, "S-OUT")).isEmpty();
            assertThat(v.audit().forEntity(EntityType.FACILITY, "F-OUT")).isEmpty();
            try (Stream<AuditEntry> s = v.audit().between(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"))) {
                assertThat(s).allSatisfy(e -> assertThat(e.region()).hasValueSatisfying(r -> assertThat(DANTU.contains(r)).isTrue()));
            }
            // the same repositories do see what lies inside
            assertThat(v.households().find(w.inside.id())).isPresent();
        }
    }

    /** Writes through a scoped view that would touch a record outside: refused, uninformatively. */
    @Nested
    @DisplayName("scoped writes never touch anything outside")
    class ScopedWrites {

        /**
         * Runs a write that must be refused uninformatively and write nothing. {@code given} are
         * identifiers the caller itself passed as the record's own (the message may name those).
         */
        private void probe(World w, Supplier<Object> write, String... given) {
            Throwable e = catchThrowable(write::get);
            List<String> secrets = new ArrayList<>(w.secrets());
            // what the caller gave may appear, and so may anything it contains
            secrets.removeIf(secret -> Stream.of(given).anyMatch(g -> g.contains(secret)));
            assertRefusedUninformatively(e, secrets);
            w.assertNothingWritten();
        }

        @Test
        void householdWrites_touchingRecordsOutside_areRefusedAlike() {
            World w = new World();
            Storage v = w.dantu;
            Person outHead = w.outside.head();
            // the identifier of a household outside, for a new household inside
            probe(w, () -> v.households().save(household("H-OUT", GAOZI, 50), BY_TESTER), "H-OUT");
            // a member of a household outside, taken into a household inside
            Household thief = household("H-NEW", GAOZI, 51).toBuilder().member(outHead, Relation.OTHER).build();
            probe(w, () -> v.households().save(thief, BY_TESTER));
            // a new person with the identity number of a person outside
            Person twin = StorageFixtures.person("H-NEW-9", "双胞胎", 9)
                    .toBuilder().idNumber(outHead.idNumber().orElseThrow()).build();
            probe(w, () -> v.households().save(household("H-NEW", GAOZI, 52).toBuilder()
                    .member(twin, Relation.OTHER).build(), BY_TESTER));
            // a person outside any household, taken in
            probe(w, () -> v.households().save(household("H-NEW", GAOZI, 53).toBuilder()
                    .member(w.alone, Relation.OTHER).build(), BY_TESTER));
            // the identity number of a person outside any household
            Person twinOfAlone = StorageFixtures.person("H-NEW-8", "双胞胎", 8)
                    .toBuilder().idNumber(w.alone.idNumber().orElseThrow()).build();
            probe(w, () -> v.households().save(household("H-NEW", GAOZI, 54).toBuilder()
                    .member(twinOfAlone, Relation.OTHER).build(), BY_TESTER));
            // the same probes in a batch, after a household that alone would be fine
            probe(w, () -> v.households().saveAll(List.of(household("H-OK", GAOZI, 55), thief), BY_TESTER));
            assertThat(storage.households().find(HouseholdId.of("H-NEW"))).isEmpty();
            assertThat(storage.households().find(HouseholdId.of("H-OK"))).isEmpty();
            assertThat(storage.households().get(w.outside.id())).isEqualTo(w.outside);
        }

        @Test
        void aPersonOutsideAnyHousehold_isTakenInByAnUnscopedView_only() {
            World w = new World();
            Household taken = household("H-NEW", GAOZI, 60).toBuilder().member(w.alone, Relation.OTHER).build();
            probe(w, () -> w.dantu.households().save(taken, BY_TESTER));
            Household saved = storage.households().save(taken, BY_TESTER);
            assertThat(storage.persons().householdOf(w.alone.id())).contains(saved.id());
            assertThat(w.dantu.persons().find(w.alone.id())).isPresent();
        }

        @Test
        void personWrites_touchingRecordsOutside_areRefusedAlike() {
            World w = new World();
            Storage v = w.dantu;
            Person outHead = w.outside.head();
            String given = outHead.id().value();
            probe(w, () -> v.persons().save(outHead.toBuilder().name("改名").build(), BY_TESTER), given);
            probe(w, () -> v.persons().save(w.alone.toBuilder().name("改名").build(), BY_TESTER), "P-ALONE");
            // stale versions of a person outside say nothing about its version either
            probe(w, () -> v.persons().save(outHead.toBuilder().version(7).build(), BY_TESTER), given);
            probe(w, () -> v.persons().save(StorageFixtures.person("P-NEW", "新人", 8801), BY_TESTER));
            // a member inside given the identity number of a person outside
            Person inHead = w.inside.head();
            probe(w, () -> v.persons().save(inHead.toBuilder().idNumber(outHead.idNumber().orElseThrow()).build(),
                    BY_TESTER));
            assertThat(storage.persons().get(outHead.id())).isEqualTo(outHead);
            assertThat(storage.persons().get(inHead.id())).isEqualTo(inHead);
        }

        @Test
        void casesOfSubjectsOutside_areRefused_andCasesOfSubjectsInside_accepted() {
            World w = new World();
            Storage v = w.dantu;
            // a case in Gaozi for a household that lives in Runzhou (the case region is the view's own)
            probe(w, () -> v.cases().save(activeDibaoCase("C-NEW", "H-OUT", GAOZI), BY_TESTER));
            // a case in Gaozi for a person who lives in Runzhou
            probe(w, () -> v.cases().save(Case.open(CaseId.of("C-NEW-P"), StorageFixtures.OTHER_PROGRAM,
                    SubjectRef.person(w.outside.head().id()), GAOZI, w.inside.head().id(),
                    org.minzheng.core.cases.Transition.application("窗口", StorageFixtures.APPLIED_AT, "申请",
                            org.minzheng.core.cases.ApprovalLevel.TOWNSHIP)), BY_TESTER));
            // a case for a person outside any household
            probe(w, () -> v.cases().save(Case.open(CaseId.of("C-NEW-A"), StorageFixtures.OTHER_PROGRAM,
                    SubjectRef.person(w.alone.id()), GAOZI, w.inside.head().id(),
                    org.minzheng.core.cases.Transition.application("窗口", StorageFixtures.APPLIED_AT, "申请",
                            org.minzheng.core.cases.ApprovalLevel.TOWNSHIP)), BY_TESTER));
            // the identifier of a case outside, for a case inside
            probe(w, () -> v.cases().save(activeDibaoCase("C-OUT", "H-IN", GAOZI), BY_TESTER), "C-OUT");
            // in a batch, after a case that alone would be fine
            probe(w, () -> v.cases().saveAll(List.of(activeDibaoCase("C-OK", "H-IN", GAOZI),
                    activeDibaoCase("C-NEW", "H-OUT", GAOZI)), BY_TESTER));
            // a subject the storage does not hold at all is refused the same way, so the refusal says
            // nothing about whether a subject exists elsewhere
            probe(w, () -> v.cases().save(activeDibaoCase("C-NEW", "H-NEVER", GAOZI), BY_TESTER));
            assertThat(storage.cases().find(CaseId.of("C-NEW"))).isEmpty();
            assertThat(storage.cases().find(CaseId.of("C-OK"))).isEmpty();
            assertThat(storage.cases().get(w.outCase.id())).isEqualTo(w.outCase);
            Case ok = v.cases().save(activeDibaoCase("C-OK", "H-IN", GAOZI), BY_TESTER);
            assertThat(v.cases().find(ok.id())).contains(ok);
        }

        @Test
        void postingsAgainstACaseOutside_areNotFound_likeACaseNeverStored() {
            World w = new World();
            Storage v = w.dantu;
            PaymentKey never = PaymentKey.of(CaseId.of("C-NEVER"), OCTOBER, PaymentComponent.BASE);
            Throwable outside = catchThrowable(() -> v.payments().post(PaymentRequest.of(
                    PaymentKey.of(w.outCase.id(), YearMonth.of(2022, 11), PaymentComponent.BASE), Money.of("1.00")), BY_TESTER));
            Throwable absent = catchThrowable(() -> v.payments().post(PaymentRequest.of(never, Money.of("1.00")), BY_TESTER));
            assertThat(outside).isInstanceOf(RecordNotFoundException.class);
            assertThat(outside.getMessage()).isEqualTo(absent.getMessage().replace("C-NEVER", "C-OUT"));
            assertThat(catchThrowable(() -> v.payments().reverse(w.outKey, BY_TESTER)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(catchThrowable(() -> v.payments().postAll(List.of(PaymentRequest.of(w.outKey, Money.of("1.00"))),
                    BY_TESTER))).isInstanceOf(RecordNotFoundException.class);
            w.assertNothingWritten();
            assertThat(storage.payments().ledger(w.outKey).entries()).hasSize(1);
        }

        @Test
        void serviceRecordsAndFacilities_touchingRecordsOutside_areRefused() {
            World w = new World();
            Storage v = w.dantu;
            LocalDate day = LocalDate.of(2022, 10, 9);
            // a visit in Gaozi to a person who lives in Runzhou
            probe(w, () -> v.serviceRecords().save(StorageFixtures.careVisit("S-NEW", w.outside.head().id().value(),
                    GAOZI, day), BY_TESTER));
            // the identifier of a record outside
            probe(w, () -> v.serviceRecords().save(StorageFixtures.careVisit("S-OUT", w.inside.head().id().value(),
                    GAOZI, day), BY_TESTER), "S-OUT");
            // a record inside linked to a case outside
            CareVisit linked = StorageFixtures.careVisit("S-NEW", w.inside.head().id().value(), GAOZI, day).toBuilder()
                    .caseId(w.outCase.id()).build();
            probe(w, () -> v.serviceRecords().save(linked, BY_TESTER));
            // the identifier of a facility outside
            probe(w, () -> v.facilities().save(StorageFixtures.facility("F-OUT", GAOZI), BY_TESTER), "F-OUT");
            assertThat(storage.serviceRecords().find(ServiceRecordId.of("S-NEW"))).isEmpty();
            assertThat(storage.serviceRecords().find(w.outVisit.id())).contains(w.outVisit);
            // inside, the same writes succeed
            assertThat(v.serviceRecords().save(StorageFixtures.careVisit("S-NEW", w.inside.head().id().value(), GAOZI, day),
                    BY_TESTER).version()).isEqualTo(1);
            assertThat(v.facilities().save(StorageFixtures.facility("F-NEW", GAOZI), BY_TESTER).version()).isEqualTo(1);
        }
    }

    /** Uniqueness within one batch is checked before anything is written. */
    @Nested
    @DisplayName("duplicates within a batch")
    class BatchDuplicates {

        @Test
        void twoPersonsWithOneIdentityNumber_inOneSaveAll_areRefusedNamingNeither() {
            Household a = household("H-A", GAOZI, 1);
            Person twin = StorageFixtures.person("H-B-9", "李双胞", 77).toBuilder()
                    .idNumber(a.head().idNumber().orElseThrow()).build();
            Household b = household("H-B", GAOZI, 2).toBuilder().member(twin, Relation.OTHER).build();
            Throwable e = catchThrowable(() -> storage.households().saveAll(List.of(a, b), BY_TESTER));
            assertThat(e).isInstanceOf(DuplicateRecordException.class)
                    .hasMessageContaining("households[0]").hasMessageContaining("households[1]");
            assertReveals(e, List.of(a.head().idNumber().orElseThrow().value(), a.head().idNumber().orElseThrow().masked(),
                    a.head().name(), "李双胞", a.head().id().value(), "H-B-9"));
            assertThat(storage.households().find(a.id())).isEmpty();
            assertThat(storage.audit().count()).isZero();
        }

        @Test
        void onePersonInTwoHouseholds_ofOneSaveAll_isRefusedNamingNeitherPersonNorNumber() {
            Household a = household("H-A", GAOZI, 1);
            Household b = household("H-B", GAOZI, 2).toBuilder().member(a.members().get(1).person(), Relation.OTHER)
                    .build();
            Throwable e = catchThrowable(() -> storage.households().saveAll(List.of(a, b), BY_TESTER));
            assertThat(e).isInstanceOf(DuplicateRecordException.class);
            Person p = a.members().get(1).person();
            assertReveals(e, List.of(p.idNumber().orElseThrow().value(), p.name(), p.id().value()));
            assertThat(storage.households().find(a.id())).isEmpty();
            assertThat(storage.audit().count()).isZero();
        }

        @Test
        void anIdentityNumberStoredForAnotherPerson_isRefusedWithoutTheNumberOrName() {
            Household first = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Person twin = StorageFixtures.person("H-2-9", "王双胞", 5).toBuilder()
                    .idNumber(first.head().idNumber().orElseThrow()).build();
            Throwable e = catchThrowable(() -> storage.households().save(household("H-2", GAOZI, 2).toBuilder()
                    .member(twin, Relation.OTHER).build(), BY_TESTER));
            assertThat(e).isInstanceOf(DuplicateRecordException.class);
            assertReveals(e, List.of(first.head().idNumber().orElseThrow().value(), first.head().name(), "王双胞"));
        }
    }

    /**
     * Applications that use the identity number as the person's identifier (common): identifiers
     * are then personal data, and every message masks them.
     */
    @Nested
    @DisplayName("identity numbers used as identifiers")
    class IdentityNumbersAsIdentifiers {

        private Household keyedByIdNumber(String householdId, int n) {
            Household h = household(householdId, GAOZI, n);
            List<Member> members = new ArrayList<>();
            for (Member m : h.members()) {
                String number = m.person().idNumber().orElseThrow().value();
                members.add(Member.of(m.person().toBuilder().id(number).build(), m.relation()));
            }
            return h.toBuilder().members(members).incomes(List.of()).build();
        }

        @Test
        void staleNotFoundDuplicateAndScopeMessages_maskIdentifiersThatAreIdentityNumbers() {
            Household h = storage.households().save(keyedByIdNumber("H-1", 1), BY_TESTER);
            Person head = h.head();
            String number = head.id().value();
            List<String> secrets = List.of(number, number.substring(6, 14));
            Throwable stale = catchThrowable(() -> storage.persons().save(head.toBuilder().version(9).build(), BY_TESTER));
            assertThat(stale).isInstanceOf(StaleVersionException.class);
            assertThat(((StaleVersionException) stale).entityId()).isEqualTo(number);
            assertReveals(stale, secrets);
            Throwable missing = catchThrowable(() -> storage.persons().get(PersonId.of(number.substring(0, 17) + "0")));
            assertThat(missing).isInstanceOf(RecordNotFoundException.class);
            assertReveals(missing, List.of(number.substring(0, 17) + "0"));
            Household other = keyedByIdNumber("H-2", 2).toBuilder().member(head, Relation.OTHER).build();
            Throwable duplicate = catchThrowable(() -> storage.households().save(other, BY_TESTER));
            assertThat(duplicate).isInstanceOf(DuplicateRecordException.class);
            assertReveals(duplicate, secrets);
            Throwable scoped = catchThrowable(() -> storage.scopedTo(RUNZHOU).persons().save(head, BY_TESTER));
            assertThat(scoped).isInstanceOf(RegionAccessException.class);
            assertReveals(scoped, secrets);
            Throwable caseOf = catchThrowable(() -> storage.cases().save(Case.open(CaseId.of("dibao-" + number),
                    StorageFixtures.CASH_PROGRAM, SubjectRef.household(h.id()), GAOZI, head.id(),
                    org.minzheng.core.cases.Transition.application("窗口", StorageFixtures.APPLIED_AT, "申请",
                            org.minzheng.core.cases.ApprovalLevel.TOWNSHIP)).toBuilder().version(4).build(), BY_TESTER));
            assertThat(caseOf).isInstanceOf(StaleVersionException.class);
            assertReveals(caseOf, secrets);
            assertThat(storage.audit().forEntity(EntityType.PERSON, number)).singleElement()
                    .satisfies(e -> assertThat(e.toString()).doesNotContain(number));
        }
    }

    @Test
    void scopedQueriesOfARegionOutside_stillFailLoudly() {
        Storage dantu = storage.scopedTo(DANTU);
        assertThatThrownBy(() -> dantu.households().findByRegion(RUNZHOU)).isInstanceOf(RegionAccessException.class)
                .satisfies(e -> assertThat(((RegionAccessException) e).region()).contains(RUNZHOU));
    }
}
