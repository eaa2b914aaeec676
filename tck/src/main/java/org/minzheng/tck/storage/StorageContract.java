package org.minzheng.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.tck.storage.StorageFixtures.BY_TESTER;
import static org.minzheng.tck.storage.StorageFixtures.DANTU;
import static org.minzheng.tck.storage.StorageFixtures.GAOZI;
import static org.minzheng.tck.storage.StorageFixtures.RUNZHOU;
import static org.minzheng.tck.storage.StorageFixtures.ZHENJIANG;
import static org.minzheng.tck.storage.StorageFixtures.household;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.AuditLog;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.spi.storage.ValueTooLongException;
import org.minzheng.spi.storage.WriteContext;

/**
 * The storage contract suite (存储合规测试), part 1: households and persons, optimistic versions,
 * transactions, region scope, audit and bad input. Parts 2 and 3 ({@link CaseAndLedgerContract},
 * {@link ConcurrencyContract}) cover cases, the ledger and concurrent writers.
 *
 * <p>A store's test extends this class and supplies a fresh, empty storage for every test:
 * <pre>{@code
 * class MyStorageTest extends StorageContract {
 *     @Override protected Storage newStorage() { return MyStorage.openEmpty(); }
 * }
 * }</pre>
 * The storage is closed after each test.
 */
public abstract class StorageContract {

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

    /** Everything the store's audit log holds, in sequence order. */
    protected List<AuditEntry> allAudit() {
        try (Stream<AuditEntry> s = storage.audit().between(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"))) {
            return s.toList();
        }
    }

    /** Round trips: what is saved is loaded back equal. */
    @Nested
    @DisplayName("households and persons round-trip")
    class RoundTrip {

        @Test
        void save_newHousehold_returnsVersionOneAndLoadsEqual() {
            Household saved = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.members()).allSatisfy(m -> assertThat(m.person().version()).isEqualTo(1));
            assertThat(storage.households().find(HouseholdId.of("H-1"))).contains(saved);
        }

        /**
         * A store that says its reads share its records (what the monthly run's memo relies on, decision record
         * 0400) reads an unchanged household as the same object, and a household saved since as another; records
         * are immutable, so the same object is always the same household. Any store: reads are equal either way.
         */
        @Test
        void sharesRecords_unchangedIsTheSameObject_changedIsAnother() {
            Household saved = storage.households().save(household("H-1", GAOZI, 2), BY_TESTER);
            Household first = storage.households().get(HouseholdId.of("H-1"));
            Household again = storage.households().get(HouseholdId.of("H-1"));
            assertThat(again).isEqualTo(first).isEqualTo(saved);
            Household changed = storage.households().save(first.toBuilder().address("润州区新地址").build(), BY_TESTER);
            Household afterChange = storage.households().get(HouseholdId.of("H-1"));
            assertThat(afterChange).isEqualTo(changed).isNotEqualTo(first);
            if (storage.sharesRecords()) {
                assertThat(again).isSameAs(first);
                assertThat(afterChange).isNotSameAs(first);
                assertThat(storage.households().get(HouseholdId.of("H-1"))).isSameAs(afterChange);
            }
        }

        @Test
        void save_storesEveryFieldOfMembers() {
            Household h = household("H-1", GAOZI, 1);
            Person elder = StorageFixtures.richPerson("H-1-3", 77);
            h = h.toBuilder().member(elder, Relation.PARENT).build();
            Household saved = storage.households().save(h, BY_TESTER);
            Household loaded = storage.households().get(HouseholdId.of("H-1"));
            assertThat(loaded).isEqualTo(saved);
            Person loadedElder = loaded.member(PersonId.of("H-1-3")).orElseThrow().person();
            assertThat(loadedElder.toBuilder().version(0).build()).isEqualTo(elder);
        }

        @Test
        void save_storesTheFactsTheRulesRead_andReplacesThemOnUpdate() {
            Household h = StorageFixtures.householdWithFacts("H-F", GAOZI, 5);
            Household saved = storage.households().save(h, BY_TESTER);
            Household loaded = storage.households().get(HouseholdId.of("H-F"));
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.rigidExpenditures()).isEqualTo(h.rigidExpenditures());
            Person child = loaded.member(PersonId.of("H-F-4")).orElseThrow().person();
            assertThat(child.toBuilder().version(0).build()).isEqualTo(StorageFixtures.schoolChild("H-F-4", 5));
            Person elder = loaded.member(PersonId.of("H-F-3")).orElseThrow().person();
            assertThat(elder.relatives()).hasSize(3);
            assertThat(elder.capabilityAssessments()).extracting(c -> c.assessedOn().getYear()).containsExactly(2021, 2022);

            // facts removed or changed are removed or changed in storage, not kept beside the new ones
            Person changedChild = child.toBuilder().hivInfected(false).schoolEnrolments(List.of())
                    .placement(java.util.Optional.empty()).build();
            Person changedElder = elder.toBuilder().relatives(elder.relatives().subList(0, 1))
                    .capabilityAssessments(elder.capabilityAssessments().subList(1, 2))
                    .livingSituation(org.minzheng.core.registry.LivingSituation.LIVING_ALONE).build();
            Household changed = loaded.toBuilder().members(loaded.members().stream()
                    .map(m -> m.person().id().equals(child.id()) ? Member.of(changedChild,
                            m.relation()) : m.person().id().equals(elder.id())
                            ? Member.of(changedElder, m.relation()) : m).toList())
                    .rigidExpenditures(loaded.rigidExpenditures().subList(0, 1)).build();
            Household resaved = storage.households().save(changed, BY_TESTER);
            assertThat(storage.households().get(HouseholdId.of("H-F"))).isEqualTo(resaved);
            Person reloadedChild = storage.persons().get(child.id());
            assertThat(reloadedChild.hivInfected()).isFalse();
            assertThat(reloadedChild.schoolEnrolments()).isEmpty();
            assertThat(reloadedChild.placement()).isEmpty();
            Person reloadedElder = storage.persons().get(elder.id());
            assertThat(reloadedElder.relatives()).hasSize(1);
            assertThat(reloadedElder.capabilityAssessments()).hasSize(1);
            assertThat(reloadedElder.livingSituation()).contains(org.minzheng.core.registry.LivingSituation.LIVING_ALONE);
        }

        @Test
        void persons_save_storesTheFactsOfAPersonOutsideAnyHousehold() {
            Person rich = StorageFixtures.richPerson("P-F", 12);
            Person saved = storage.persons().save(rich, BY_TESTER);
            assertThat(storage.persons().get(PersonId.of("P-F"))).isEqualTo(saved);
            assertThat(saved.toBuilder().version(0).build()).isEqualTo(rich);
            Person again = storage.persons().save(saved.toBuilder().relatives(List.of()).build(), BY_TESTER);
            assertThat(storage.persons().get(PersonId.of("P-F"))).isEqualTo(again);
            assertThat(again.relatives()).isEmpty();
        }

        @Test
        void find_unknownHousehold_isEmpty() {
            assertThat(storage.households().find(HouseholdId.of("nobody"))).isEmpty();
            assertThatThrownBy(() -> storage.households().get(HouseholdId.of("nobody")))
                    .isInstanceOf(org.minzheng.spi.storage.RecordNotFoundException.class).hasMessageContaining("nobody");
        }

        @Test
        void members_areFoundAsPersons() {
            Household saved = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Person head = saved.head();
            assertThat(storage.persons().find(head.id())).contains(head);
            assertThat(storage.persons().findByIdNumber(head.idNumber().orElseThrow())).contains(head);
            assertThat(storage.persons().householdOf(head.id())).contains(HouseholdId.of("H-1"));
            assertThat(storage.households().findByMember(head.id())).contains(saved);
            assertThat(storage.households().findByIdNumber(head.idNumber().orElseThrow())).contains(saved);
        }

        /**
         * Read as a set, households are what {@code find} and {@code findByMember} give one by one: the stored ones
         * present, unknown ids and persons in no household absent, duplicates read once, across more than one
         * chunk of the JDBC store's IN-lists.
         */
        @Test
        void findAll_andFindByMembers_areWhatFindAndFindByMemberGiveOneByOne() {
            List<Household> all = new java.util.ArrayList<>();
            for (int i = 0; i < 520; i++) {
                all.add(household(String.format("S-%04d", i), i % 4 == 0 ? RUNZHOU : GAOZI, 20 + i));
            }
            List<Household> saved = storage.households().saveAll(all, BY_TESTER);
            storage.persons().save(StorageFixtures.person("P-ALONE", "王五", 9_001), BY_TESTER);
            List<HouseholdId> ids = new java.util.ArrayList<>();
            List<PersonId> persons = new java.util.ArrayList<>();
            java.util.Map<HouseholdId, Household> expected = new java.util.HashMap<>();
            java.util.Map<PersonId, Household> expectedByMember = new java.util.HashMap<>();
            for (int i = 0; i < saved.size(); i += 1) {
                Household h = saved.get(i);
                if (i % 3 == 2) {
                    continue; // not asked for
                }
                ids.add(h.id());
                expected.put(h.id(), h);
                PersonId member = h.members().get(i % 2).person().id();
                persons.add(member);
                expectedByMember.put(member, h);
                if (i % 5 == 0) { // asked twice, and both members of one household
                    ids.add(h.id());
                    PersonId other = h.members().get(1 - i % 2).person().id();
                    persons.add(other);
                    expectedByMember.put(other, h);
                }
            }
            ids.add(HouseholdId.of("nobody"));
            persons.add(PersonId.of("nobody"));
            persons.add(PersonId.of("P-ALONE"));
            assertThat(storage.households().findAll(ids)).isEqualTo(expected);
            assertThat(storage.households().findByMembers(persons)).isEqualTo(expectedByMember);
            for (HouseholdId id : ids) {
                assertThat(java.util.Optional.ofNullable(storage.households().findAll(ids).get(id)))
                        .isEqualTo(storage.households().find(id));
            }
            assertThat(storage.households().findAll(List.of())).isEmpty();
            assertThat(storage.households().findByMembers(List.of())).isEmpty();
            // in a transaction, what the transaction wrote is read
            Household changed = storage.inTransaction(tx -> {
                Household again = tx.households().save(saved.get(0).toBuilder().address("镇江市丹徒区新址1号").build(),
                        BY_TESTER);
                assertThat(tx.households().findAll(List.of(again.id()))).containsExactly(java.util.Map.entry(again.id(), again));
                assertThat(tx.households().findByMembers(List.of(again.head().id())))
                        .containsExactly(java.util.Map.entry(again.head().id(), again));
                return again;
            });
            assertThat(storage.households().findAll(List.of(changed.id())).get(changed.id())).isEqualTo(changed);
            assertThatThrownBy(() -> storage.households().findAll(java.util.Arrays.asList(HouseholdId.of("S-0000"), null)))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> storage.households().findByMembers(java.util.Arrays.asList((PersonId) null)))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void streamByRegion_matchesTheRegionAndEverythingInside() {
            Household a = storage.households().save(household("H-A", GAOZI, 1), BY_TESTER);
            Household b = storage.households().save(household("H-B", DANTU, 2), BY_TESTER);
            Household c = storage.households().save(household("H-C", RUNZHOU, 3), BY_TESTER);
            assertThat(storage.households().findByRegion(DANTU)).containsExactly(a, b);
            assertThat(storage.households().findByRegion(GAOZI)).containsExactly(a);
            assertThat(storage.households().findByRegion(ZHENJIANG)).containsExactly(a, b, c);
            assertThat(storage.households().countByRegion(DANTU)).isEqualTo(2);
            assertThat(storage.households().countByRegion(RUNZHOU)).isEqualTo(1);
        }

        @Test
        void streamByRegion_pagesThroughMoreHouseholdsThanOnePageInIdOrder() {
            List<Household> all = new java.util.ArrayList<>();
            for (int i = 0; i < 1_050; i++) {
                all.add(household(String.format("M-%04d", i), i % 3 == 0 ? RUNZHOU : GAOZI, 10 + i));
            }
            storage.households().saveAll(all, BY_TESTER);
            List<String> dantu = all.stream().filter(h -> DANTU.contains(h.region())).map(h -> h.id().value()).toList();
            try (Stream<Household> s = storage.households().streamByRegion(DANTU)) {
                assertThat(s.map(h -> h.id().value())).containsExactlyElementsOf(dantu);
            }
            try (Stream<Household> s = storage.households().streamByRegion(ZHENJIANG)) {
                assertThat(s).hasSize(1_050).allSatisfy(h -> assertThat(h.members()).hasSize(2));
            }
            assertThat(storage.households().countByRegion(RUNZHOU)).isEqualTo(350);
        }

        @Test
        void streamByRegion_mergesTheRegionsInsideInIdOrderOverManyPages() {
            // ids interleaved over three region codes, so that pages of one code alone would be out of order
            List<Household> all = new java.util.ArrayList<>();
            RegionCode[] codes = {GAOZI, RUNZHOU, DANTU};
            for (int i = 0; i < 1_210; i++) {
                all.add(household(String.format("K-%05d", (i * 7919) % 10_007), codes[i % 3], 10 + i));
            }
            storage.households().saveAll(all, BY_TESTER);
            List<String> sorted = all.stream().map(h -> h.id().value()).sorted().toList();
            try (Stream<Household> s = storage.households().streamByRegion(ZHENJIANG)) {
                assertThat(s.map(h -> h.id().value())).containsExactlyElementsOf(sorted);
            }
            List<String> dantu = all.stream().filter(h -> DANTU.contains(h.region())).map(h -> h.id().value()).sorted()
                    .toList();
            try (Stream<Household> s = storage.households().streamByRegion(DANTU)) {
                assertThat(s.map(h -> h.id().value())).containsExactlyElementsOf(dantu);
            }
        }

        @Test
        void update_removesAndAddsMembers() {
            Household saved = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Member spouse = saved.members().get(1);
            Person child = StorageFixtures.person("H-1-9", "张小", 9001);
            Household changed = saved.toBuilder().members(List.of(saved.members().get(0)))
                    .member(child, Relation.CHILD).address("新地址 1号").build();
            Household updated = storage.households().save(changed, BY_TESTER);
            assertThat(updated.version()).isEqualTo(2);
            assertThat(storage.households().get(saved.id())).isEqualTo(updated);
            assertThat(storage.persons().householdOf(spouse.person().id())).isEmpty();
            assertThat(storage.persons().find(spouse.person().id())).contains(spouse.person());
            assertThat(storage.persons().householdOf(child.id())).contains(saved.id());
        }

        @Test
        void persons_save_updatesAMemberSeenThroughItsHousehold() {
            Household saved = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Person head = saved.head();
            Person renamed = storage.persons().save(head.toBuilder().name("张三丰").build(), BY_TESTER);
            assertThat(renamed.version()).isEqualTo(2);
            Household loaded = storage.households().get(saved.id());
            assertThat(loaded.head()).isEqualTo(renamed);
            assertThat(loaded.version()).isEqualTo(1);
        }

        @Test
        void persons_save_storesAPersonOutsideAnyHousehold() {
            Person alone = storage.persons().save(StorageFixtures.person("P-1", "王五", 501), BY_TESTER);
            assertThat(alone.version()).isEqualTo(1);
            assertThat(storage.persons().find(PersonId.of("P-1"))).contains(alone);
            assertThat(storage.persons().householdOf(PersonId.of("P-1"))).isEmpty();
        }

        @Test
        void save_personOfAnotherHousehold_isRefused() {
            Household first = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Household thief = household("H-2", GAOZI, 2).toBuilder()
                    .member(first.members().get(1).person(), Relation.OTHER).build();
            assertThatThrownBy(() -> storage.households().save(thief, BY_TESTER))
                    .isInstanceOf(DuplicateRecordException.class);
            assertThat(storage.households().find(HouseholdId.of("H-2"))).isEmpty();
        }

        @Test
        void save_identityNumberOfAnotherPerson_isRefused() {
            Household first = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Person twin = first.head().toBuilder().id("other-id").version(0).build();
            assertThatThrownBy(() -> storage.persons().save(twin, BY_TESTER))
                    .isInstanceOf(DuplicateRecordException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(first.head().idNumber().orElseThrow().value()));
            assertThat(storage.persons().find(PersonId.of("other-id"))).isEmpty();
        }
    }

    /** Optimistic versions: a stale save fails and writes nothing. */
    @Nested
    @DisplayName("optimistic versions")
    class Versions {

        @Test
        void save_staleHousehold_failsAndWritesNothing() {
            Household v1 = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            Household v2 = storage.households().save(v1.toBuilder().address("第二版").build(), BY_TESTER);
            long audit = storage.audit().count();
            assertThatThrownBy(() -> storage.households().save(v1.toBuilder().address("过期").build(), BY_TESTER))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.entity()).isEqualTo(EntityType.HOUSEHOLD);
                        assertThat(e.entityId()).isEqualTo("H-1");
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isEqualTo(OptionalLong.of(2));
                    });
            assertThat(storage.households().get(v1.id())).isEqualTo(v2);
            assertThat(storage.audit().count()).isEqualTo(audit);
        }

        @Test
        void save_newVersionZeroOverAStoredOne_isStale() {
            storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            assertThatThrownBy(() -> storage.households().save(household("H-1", GAOZI, 1), BY_TESTER))
                    .isInstanceOfSatisfying(StaleVersionException.class,
                            e -> assertThat(e.actualVersion()).isEqualTo(OptionalLong.of(1)));
        }

        @Test
        void save_updateOfNothingStored_isStale() {
            Household ghost = household("H-1", GAOZI, 1).toBuilder().version(3).build();
            assertThatThrownBy(() -> storage.households().save(ghost, BY_TESTER))
                    .isInstanceOfSatisfying(StaleVersionException.class,
                            e -> assertThat(e.actualVersion()).isEmpty());
            assertThat(storage.households().find(ghost.id())).isEmpty();
        }

        @Test
        void save_householdWithStaleMember_failsAndWritesNothing() {
            Household saved = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            storage.persons().save(saved.head().toBuilder().name("改名").build(), BY_TESTER);
            Household stale = saved.toBuilder().address("另一个地址").build();
            assertThatThrownBy(() -> storage.households().save(stale, BY_TESTER))
                    .isInstanceOfSatisfying(StaleVersionException.class,
                            e -> assertThat(e.entity()).isEqualTo(EntityType.PERSON));
            Household loaded = storage.households().get(saved.id());
            assertThat(loaded.version()).isEqualTo(1);
            assertThat(loaded.address()).isEqualTo(saved.address());
            assertThat(loaded.head().name()).isEqualTo("改名");
        }

        @Test
        void save_staleMessage_namesNoPersonalData() {
            Household v1 = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            storage.households().save(v1, BY_TESTER);
            assertThatThrownBy(() -> storage.households().save(v1, BY_TESTER))
                    .isInstanceOf(StaleVersionException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(v1.head().name(), v1.address(),
                            v1.head().idNumber().orElseThrow().value()));
        }
    }

    /** Sessions: a unit of work changes no guarantee. */
    @Nested
    @DisplayName("sessions")
    class Sessions {

        @Test
        void inSession_writesAreStoredAndATransactionInsideStaysAllOrNothing() {
            RuntimeException boom = new IllegalStateException("boom");
            long n = storage.inSession(s -> {
                s.households().save(household("H-1", GAOZI, 1), BY_TESTER);
                assertThatThrownBy(() -> s.inTransaction(tx -> {
                    tx.households().save(household("H-2", GAOZI, 2), BY_TESTER);
                    throw boom;
                })).isSameAs(boom);
                s.inTransaction(tx -> tx.households().save(household("H-3", GAOZI, 3), BY_TESTER));
                assertThat(s.households().find(HouseholdId.of("H-2"))).isEmpty();
                return s.households().countByRegion(DANTU);
            });
            assertThat(n).isEqualTo(2);
            assertThat(storage.households().findByRegion(DANTU)).extracting(h -> h.id().value())
                    .containsExactly("H-1", "H-3");
            assertThat(storage.audit().count()).isEqualTo(2 + 2 * 2); // two households of two members each
        }

        @Test
        void inSession_writesWhileAStreamIsOpen_andScopedViewsAndNestedSessionsJoin() {
            List<Household> all = new java.util.ArrayList<>();
            for (int i = 0; i < 620; i++) {
                all.add(household(String.format("S-%04d", i), GAOZI, 10 + i));
            }
            storage.households().saveAll(all, BY_TESTER);
            List<String> seen = storage.inSession(s -> {
                List<String> ids = new java.util.ArrayList<>();
                try (Stream<Household> st = s.scopedTo(DANTU).households().streamByRegion(DANTU)) {
                    st.forEach(h -> {
                        ids.add(h.id().value());
                        if (ids.size() % 300 == 1) {
                            s.inSession(inner -> inner.inTransaction(tx -> tx.households()
                                    .save(household("T-" + ids.size(), RUNZHOU, 2_000 + ids.size()), BY_TESTER)));
                        }
                    });
                }
                return ids;
            });
            assertThat(seen).containsExactlyElementsOf(all.stream().map(h -> h.id().value()).toList());
            assertThat(storage.households().countByRegion(RUNZHOU)).isEqualTo(3);
        }

        @Test
        void inSession_checkedExceptionIsWrapped() {
            IOException io = new IOException("disk");
            assertThatThrownBy(() -> storage.inSession(s -> {
                s.households().save(household("H-1", GAOZI, 1), BY_TESTER);
                throw io;
            })).isInstanceOf(StorageException.class).hasCause(io);
            // outside a transaction, a write of the session is committed when it returns
            assertThat(storage.households().find(HouseholdId.of("H-1"))).isPresent();
        }
    }

    /** Transactions: all or nothing. */
    @Nested
    @DisplayName("transactions")
    class Transactions {

        @Test
        void inTransaction_commitsEverything() {
            int n = storage.inTransaction(tx -> {
                tx.households().save(household("H-1", GAOZI, 1), BY_TESTER);
                tx.households().save(household("H-2", GAOZI, 2), BY_TESTER);
                return 2;
            });
            assertThat(n).isEqualTo(2);
            assertThat(storage.households().countByRegion(DANTU)).isEqualTo(2);
        }

        @Test
        void inTransaction_failureMidwayLeavesNothing() {
            RuntimeException boom = new IllegalStateException("boom");
            assertThatThrownBy(() -> storage.inTransaction(tx -> {
                tx.households().save(household("H-1", GAOZI, 1), BY_TESTER);
                tx.households().save(household("H-2", GAOZI, 2), BY_TESTER);
                throw boom;
            })).isSameAs(boom);
            assertThat(storage.households().countByRegion(DANTU)).isZero();
            assertThat(storage.persons().find(PersonId.of("H-1-1"))).isEmpty();
            assertThat(storage.audit().count()).isZero();
        }

        @Test
        void inTransaction_checkedExceptionIsWrappedAndRollsBack() {
            IOException io = new IOException("disk");
            assertThatThrownBy(() -> storage.inTransaction(tx -> {
                tx.households().save(household("H-1", GAOZI, 1), BY_TESTER);
                throw io;
            })).isInstanceOf(StorageException.class).hasCause(io);
            assertThat(storage.households().find(HouseholdId.of("H-1"))).isEmpty();
        }

        @Test
        void inTransaction_failedWriteCaughtByTheWork_stillRollsBack() {
            Household v1 = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            storage.households().save(v1, BY_TESTER);
            assertThatThrownBy(() -> storage.inTransaction(tx -> {
                tx.households().save(household("H-2", GAOZI, 2), BY_TESTER);
                try {
                    tx.households().save(v1, BY_TESTER);
                } catch (StaleVersionException expected) {
                    // swallowed: the transaction must still not commit half its work
                }
                return null;
            })).isInstanceOf(StorageException.class);
            assertThat(storage.households().find(HouseholdId.of("H-2"))).isEmpty();
        }

        @Test
        void inTransaction_readsItsOwnWrites() {
            storage.inTransaction(tx -> {
                Household saved = tx.households().save(household("H-1", GAOZI, 1), BY_TESTER);
                assertThat(tx.households().find(saved.id())).contains(saved);
                return null;
            });
        }

        @Test
        void saveAll_isAtomic() {
            Household ok = household("H-1", GAOZI, 1);
            Household stale = household("H-2", GAOZI, 2).toBuilder().version(5).build();
            assertThatThrownBy(() -> storage.households().saveAll(List.of(ok, stale), BY_TESTER))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(storage.households().find(ok.id())).isEmpty();
            assertThat(storage.audit().count()).isZero();
        }
    }

    /**
     * Region scope: writes and queries outside the scope are refused; records outside it are not
     * seen. {@link PrivacyContract} probes every repository for leaks.
     */
    @Nested
    @DisplayName("region scope")
    class Scope {

        @Test
        void scopedView_readsInsideAndSeesNothingOutside() {
            Household inside = storage.households().save(household("H-IN", GAOZI, 1), BY_TESTER);
            Household outside = storage.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER);
            Storage dantu = storage.scopedTo(DANTU);
            assertThat(dantu.scope()).contains(DANTU);
            assertThat(dantu.households().find(inside.id())).contains(inside);
            assertThat(dantu.households().find(outside.id())).isEmpty();
            assertThat(dantu.persons().find(outside.head().id())).isEmpty();
            assertThatThrownBy(() -> dantu.households().findByRegion(ZHENJIANG)).isInstanceOf(RegionAccessException.class);
            assertThatThrownBy(() -> dantu.households().findByRegion(RUNZHOU)).isInstanceOf(RegionAccessException.class);
            assertThat(dantu.households().findByRegion(DANTU)).containsExactly(inside);
        }

        /** Read as a set in a scoped view, households outside the scope are absent, as {@code find} does not see them. */
        @Test
        void scopedView_findAllAndFindByMembers_seeNothingOutside() {
            Household inside = storage.households().save(household("H-IN", GAOZI, 1), BY_TESTER);
            Household outside = storage.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER);
            Storage dantu = storage.scopedTo(DANTU);
            assertThat(dantu.households().findAll(List.of(inside.id(), outside.id())))
                    .containsExactly(java.util.Map.entry(inside.id(), inside));
            assertThat(dantu.households().findByMembers(List.of(inside.head().id(), outside.head().id())))
                    .containsExactly(java.util.Map.entry(inside.head().id(), inside));
        }

        @Test
        void scopedView_refusesWritesOutsideAndWritesNothing() {
            Storage dantu = storage.scopedTo(DANTU);
            assertThatThrownBy(() -> dantu.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER))
                    .isInstanceOfSatisfying(RegionAccessException.class, e -> {
                        assertThat(e.scope()).isEqualTo(DANTU);
                        assertThat(e.region()).contains(RUNZHOU);
                    });
            assertThat(storage.households().find(HouseholdId.of("H-OUT"))).isEmpty();
            assertThat(storage.audit().count()).isZero();
        }

        @Test
        void scopedView_refusesMovingAHouseholdOutOrIn() {
            Household inside = storage.households().save(household("H-IN", GAOZI, 1), BY_TESTER);
            Household outside = storage.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER);
            Storage dantu = storage.scopedTo(DANTU);
            assertThatThrownBy(() -> dantu.households().save(inside.toBuilder().region(RUNZHOU).build(), BY_TESTER))
                    .isInstanceOf(RegionAccessException.class);
            assertThatThrownBy(() -> dantu.households().save(outside.toBuilder().region(GAOZI).build(), BY_TESTER))
                    .isInstanceOf(RegionAccessException.class);
            assertThat(storage.households().get(inside.id())).isEqualTo(inside);
            assertThat(storage.households().get(outside.id())).isEqualTo(outside);
        }

        @Test
        void scopedView_cannotWidenItsScope() {
            Storage gaozi = storage.scopedTo(GAOZI);
            assertThatThrownBy(() -> gaozi.scopedTo(DANTU)).isInstanceOf(RegionAccessException.class);
            assertThat(gaozi.scopedTo(GAOZI).scope()).contains(GAOZI);
        }

        @Test
        void scopedView_refusesPersonsWithoutRegion() {
            storage.persons().save(StorageFixtures.person("P-1", "王五", 501), BY_TESTER);
            Storage dantu = storage.scopedTo(DANTU);
            assertThat(dantu.persons().find(PersonId.of("P-1"))).isEmpty();
            assertThatThrownBy(() -> dantu.persons().save(StorageFixtures.person("P-2", "赵六", 502), BY_TESTER))
                    .isInstanceOf(RegionAccessException.class);
            assertThat(storage.persons().find(PersonId.of("P-2"))).isEmpty();
        }

        @Test
        void scopedTransaction_keepsTheScope() {
            Storage dantu = storage.scopedTo(DANTU);
            assertThatThrownBy(() -> dantu.inTransaction(tx -> {
                tx.households().save(household("H-IN", GAOZI, 1), BY_TESTER);
                return tx.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER);
            })).isInstanceOf(RegionAccessException.class);
            assertThat(storage.households().find(HouseholdId.of("H-IN"))).isEmpty();
        }

        @Test
        void scopedAudit_showsOnlyEntriesInsideTheScope() {
            storage.households().save(household("H-IN", GAOZI, 1), BY_TESTER);
            storage.households().save(household("H-OUT", RUNZHOU, 2), BY_TESTER);
            AuditLog scoped = storage.scopedTo(DANTU).audit();
            assertThat(scoped.count()).isEqualTo(3);
            assertThat(scoped.forEntity(EntityType.HOUSEHOLD, "H-OUT")).isEmpty();
            assertThat(scoped.forEntity(EntityType.HOUSEHOLD, "H-IN")).hasSize(1);
        }
    }

    /** Audit: every write is recorded, and the log is read-only. */
    @Nested
    @DisplayName("audit")
    class Audit {

        @Test
        void everyWrite_appendsWhoWhenWhatWhy() {
            Instant before = Instant.now().minusSeconds(5);
            Household saved = storage.households().save(household("H-1", GAOZI, 1), WriteContext.of("clerk-7", "新申请"));
            storage.households().save(saved.toBuilder().address("变更后地址").build(), WriteContext.of("clerk-8", "地址变更"));
            List<AuditEntry> household = storage.audit().forEntity(EntityType.HOUSEHOLD, "H-1");
            assertThat(household).extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE);
            assertThat(household).extracting(e -> e.actor().id()).containsExactly("clerk-7", "clerk-8");
            assertThat(household).extracting(AuditEntry::reason).containsExactly("新申请", "地址变更");
            assertThat(household).extracting(AuditEntry::version).containsExactly(1L, 2L);
            assertThat(household).allSatisfy(e -> {
                assertThat(e.region()).contains(GAOZI);
                assertThat(e.at()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
            });
            assertThat(household.get(0).sequence()).isLessThan(household.get(1).sequence());
            assertThat(storage.audit().forEntity(EntityType.PERSON, "H-1-1")).hasSize(1);
            assertThat(storage.audit().count()).isEqualTo(4);
            assertThat(allAudit()).hasSize(4);
        }

        @Test
        void unchangedMembers_areNotRewritten() {
            Household saved = storage.households().save(household("H-1", GAOZI, 1), BY_TESTER);
            storage.households().save(saved.toBuilder().address("新").build(), BY_TESTER);
            assertThat(storage.audit().forEntity(EntityType.PERSON, "H-1-1")).hasSize(1);
            assertThat(storage.persons().get(PersonId.of("H-1-1")).version()).isEqualTo(1);
        }

        @Test
        void auditLog_offersNoWayToChangeIt() {
            assertThat(AuditLog.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                    .containsOnly("forEntity", "between", "count");
            List<AuditEntry> entries = storage.audit().forEntity(EntityType.HOUSEHOLD, "H-1");
            assertThatThrownBy(() -> entries.add(null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    /** Bad input: stored verbatim, or refused clearly. */
    @Nested
    @DisplayName("bad input")
    class BadInput {

        @Test
        void awkwardText_isStoredVerbatim() {
            String name = "O'Brien \"张\" ; DROP TABLE mz_household; -- 😀𠀀\\";
            String address = "'; DELETE FROM mz_person WHERE '1'='1 ? %_ 👨‍👩‍👧";
            Household h = household("H-'1;--", GAOZI, 1);
            Person head = h.head().toBuilder().name(name).build();
            h = h.toBuilder().members(List.of(Member.of(head, Relation.HEAD), h.members().get(1))).address(address).build();
            Household saved = storage.households().save(h, WriteContext.of("o'clerk 😀", "理由'; --"));
            Household loaded = storage.households().get(HouseholdId.of("H-'1;--"));
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.head().name()).isEqualTo(name);
            assertThat(loaded.address()).isEqualTo(address);
            assertThat(storage.audit().forEntity(EntityType.HOUSEHOLD, "H-'1;--"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor().id()).isEqualTo("o'clerk 😀");
                        assertThat(e.reason()).isEqualTo("理由'; --");
                    });
        }

        @Test
        void textAtTheLimitInCodePoints_isStored() {
            String name = "😀".repeat(StorageLimits.NAME);
            Household h = household("H-1", GAOZI, 1);
            Person head = h.head().toBuilder().name(name).build();
            h = h.toBuilder().members(List.of(Member.of(head, Relation.HEAD), h.members().get(1)))
                    .address("址".repeat(StorageLimits.ADDRESS)).build();
            Household saved = storage.households().save(h, BY_TESTER);
            assertThat(storage.households().get(saved.id())).isEqualTo(saved);
        }

        @Test
        void overLongText_isRefusedClearlyAndNothingIsWritten() {
            Household h = household("H-1", GAOZI, 1);
            Person head = h.head().toBuilder().name("长".repeat(StorageLimits.NAME + 1)).build();
            Household tooLong = h.toBuilder().members(List.of(Member.of(head, Relation.HEAD), h.members().get(1))).build();
            assertThatThrownBy(() -> storage.households().save(tooLong, BY_TESTER))
                    .isInstanceOfSatisfying(ValueTooLongException.class, e -> {
                        assertThat(e.field()).isEqualTo("household.members[0].person.name");
                        assertThat(e.limit()).isEqualTo(StorageLimits.NAME);
                        assertThat(e.length()).isEqualTo(StorageLimits.NAME + 1);
                        assertThat(e.getMessage()).doesNotContain("长长");
                    });
            Household longAddress = h.toBuilder().address("址".repeat(StorageLimits.ADDRESS + 1)).build();
            assertThatThrownBy(() -> storage.households().save(longAddress, BY_TESTER))
                    .isInstanceOf(ValueTooLongException.class).hasMessageContaining("household.address");
            Household longId = household("H".repeat(StorageLimits.IDENTIFIER + 1), GAOZI, 1);
            assertThatThrownBy(() -> storage.households().save(longId, BY_TESTER))
                    .isInstanceOf(ValueTooLongException.class);
            assertThat(storage.households().countByRegion(DANTU)).isZero();
            assertThat(storage.audit().count()).isZero();
        }

        @Test
        void nulCharacterAndHugeAmounts_areRefusedOnEveryStore() {
            Household h = household("H-1", GAOZI, 1);
            assertThatThrownBy(() -> storage.households().save(h.toBuilder().address("a\u0000b").build(), BY_TESTER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("household.address");
            Household rich = h.toBuilder().assets(org.minzheng.core.registry.Assets.NONE
                    .withDeposits(org.minzheng.core.money.Money.of("1000000000000.00"))).build();
            assertThatThrownBy(() -> storage.households().save(rich, BY_TESTER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("household.assets.deposits");
            Household richest = h.toBuilder().assets(org.minzheng.core.registry.Assets.NONE
                    .withDeposits(StorageLimits.MAX_AMOUNT)).build();
            assertThat(storage.households().save(richest, BY_TESTER).assets().deposits()).isEqualTo(StorageLimits.MAX_AMOUNT);
            assertThat(storage.households().get(h.id()).assets().deposits()).isEqualTo(StorageLimits.MAX_AMOUNT);
        }

        @Test
        void theNewFacts_overLongReferencesAndHugeAmounts_areRefusedBeforeAnyWrite() {
            Household h = household("H-1", GAOZI, 1);
            Money huge = Money.of("1000000000000.00");
            Household spending = h.toBuilder().rigidExpenditure(new org.minzheng.core.registry.RigidExpenditure(
                    org.minzheng.core.registry.ExpenditureKind.MEDICAL, java.time.YearMonth.of(2022, 8), huge)).build();
            assertThatThrownBy(() -> storage.households().save(spending, BY_TESTER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rigidExpenditures[0].amount");
            org.minzheng.core.registry.Relative son = org.minzheng.core.registry.Relative.of(
                    org.minzheng.core.registry.RelativeKind.CHILD, org.minzheng.core.identity.Gender.MALE,
                    java.time.LocalDate.of(1980, 1, 1));
            Person rich = h.head().toBuilder().relative(son.withAnnualIncome(huge)).build();
            assertThatThrownBy(() -> storage.persons().save(rich, BY_TESTER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relatives[0].annualIncome");
            Person farAway = h.head().toBuilder()
                    .relative(son.withPerson(PersonId.of("p".repeat(StorageLimits.IDENTIFIER + 1)))).build();
            assertThatThrownBy(() -> storage.persons().save(farAway, BY_TESTER))
                    .isInstanceOf(ValueTooLongException.class).hasMessageContaining("relatives[0].person");
            assertThat(storage.households().countByRegion(DANTU)).isZero();
            assertThat(storage.audit().count()).isZero();
        }

        @Test
        void overLongReason_isRefusedBeforeAnyWrite() {
            assertThatThrownBy(() -> WriteContext.of("clerk", "因".repeat(StorageLimits.TEXT + 1)))
                    .isInstanceOf(ValueTooLongException.class);
        }

        @Test
        void nullArguments_areRefusedWithAClearMessage() {
            assertThatThrownBy(() -> storage.households().save(null, BY_TESTER)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("household");
            assertThatThrownBy(() -> storage.households().find(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
