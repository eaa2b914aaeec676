package org.minzheng.spi.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;

/**
 * The in-memory store (内存存储): the reference implementation of {@link Storage} and the
 * default of the runtime.
 *
 * <p>Thread-safe. Reads run in parallel; writes and transactions are serialized by one lock, so
 * every transaction sees and leaves a consistent state. Data lives as long as the instance;
 * records are immutable values and are shared, never copied.
 *
 * <p>Do not start a transaction and then, inside the work, wait for another thread that writes
 * to the same store: the other thread would wait for the transaction to end.
 */
public final class InMemoryStorage implements Storage {

    private final MemoryStore store;
    private final RegionCode scope;
    private final MemoryStore.Undo transaction;

    private InMemoryStorage(MemoryStore store, RegionCode scope, MemoryStore.Undo transaction) {
        this.store = store;
        this.scope = scope;
        this.transaction = transaction;
    }

    /**
     * An empty store whose audit entries are timed by the system clock (UTC).
     *
     * @return the store
     */
    public static InMemoryStorage create() {
        return create(Clock.systemUTC());
    }

    /**
     * An empty store whose audit entries are timed by a given clock.
     *
     * @param clock the clock
     * @return the store
     */
    public static InMemoryStorage create(Clock clock) {
        return new InMemoryStorage(new MemoryStore(Objects.requireNonNull(clock, "clock")), null, null);
    }

    @Override
    public HouseholdRepository households() {
        return new Households();
    }

    @Override
    public PersonRepository persons() {
        return new Persons();
    }

    @Override
    public CaseRepository cases() {
        return new MemoryCases(this);
    }

    @Override
    public PaymentRepository payments() {
        return new MemoryPayments(this);
    }

    @Override
    public ServiceRecordRepository serviceRecords() {
        return new MemoryServiceRecords(this);
    }

    @Override
    public FacilityRepository facilities() {
        return new MemoryFacilities(this);
    }

    @Override
    public AuditLog audit() {
        return new Audit();
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        if (transaction != null) {
            return runJoined(work);
        }
        store.lockForTransaction();
        try {
            MemoryStore.Undo undo = new MemoryStore.Undo();
            InMemoryStorage view = new InMemoryStorage(store, scope, undo);
            T result;
            try {
                result = work.run(view);
            } catch (RuntimeException e) {
                undo.rollback();
                throw e;
            } catch (Exception e) {
                undo.rollback();
                throw new StorageException("transaction failed and was rolled back (事务失败，已回滚): "
                        + e.getClass().getSimpleName(), e);
            } catch (Error e) {
                undo.rollback();
                throw e;
            }
            if (undo.rollbackOnly()) {
                undo.rollback();
                throw new StorageException("transaction rolled back: a write inside it failed and the failure was "
                        + "caught by the work (事务中有写入失败，已回滚)");
            }
            return result;
        } finally {
            store.unlockTransaction();
        }
    }

    private <T> T runJoined(TransactionWork<T> work) {
        try {
            return work.run(this);
        } catch (RuntimeException e) {
            transaction.markRollbackOnly();
            throw e;
        } catch (Exception e) {
            transaction.markRollbackOnly();
            throw new StorageException("transaction failed and will be rolled back (事务失败): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * True: records are immutable values kept and handed out as they are (a household whose member
     * was saved alone since is assembled anew on each read).
     *
     * @return true
     */
    @Override
    public boolean sharesRecords() {
        return true;
    }

    @Override
    public Storage scopedTo(RegionCode region) {
        Objects.requireNonNull(region, "region");
        checkRegion(region, "scope to region " + region.shortForm());
        return new InMemoryStorage(store, region, transaction);
    }

    @Override
    public Optional<RegionCode> scope() {
        return Optional.ofNullable(scope);
    }

    // ---- shared helpers for the repositories of this view ----

    MemoryStore store() {
        return store;
    }

    MemoryStore.Undo transaction() {
        return transaction;
    }

    /**
     * Refuses a region outside the scope: the region of a query or of a record being written, as
     * the caller gave it (never the region of a stored record: see {@link #notVisible}).
     */
    void checkRegion(RegionCode region, String what) {
        if (scope != null && !scope.contains(region)) {
            throw new RegionAccessException(scope, region, what);
        }
    }

    /** Whether a record's region is visible in this view. */
    boolean visible(RegionCode region) {
        return scope == null || (region != null && scope.contains(region));
    }

    /**
     * The refusal of a write that would touch a record this view cannot see: the same whatever
     * the record and wherever it lies.
     */
    RegionAccessException notVisible(String what) {
        return new RegionAccessException(scope, what);
    }

    /** Whether a stored person lies inside this view (a person outside any household does not). */
    private boolean personVisible(MemoryStore.PersonRow row) {
        return scope == null || visible(regionOfPerson(row));
    }

    /** Whether the subject of a case or service record is stored and visible; always in an unscoped view. */
    boolean subjectVisible(SubjectRef subject) {
        if (scope == null) {
            return true;
        }
        if (subject.kind() == SubjectKind.HOUSEHOLD) {
            MemoryStore.HouseholdRow row = store.households.get(subject.id());
            return row != null && visible(row.household().region());
        }
        MemoryStore.PersonRow row = store.persons.get(subject.id());
        return row != null && personVisible(row);
    }

    /** Whether a case is stored and visible; always in an unscoped view. */
    boolean caseVisible(String caseId) {
        if (scope == null) {
            return true;
        }
        org.minzheng.core.cases.Case c = store.cases.get(caseId);
        return c != null && visible(c.region());
    }

    /** Checks an optimistic version: {@code stored} is null when nothing is stored. */
    static void checkVersion(EntityType entity, String id, long given, Long stored) {
        if (stored == null ? given != 0 : stored != given) {
            throw new StaleVersionException(entity, id, given,
                    stored == null ? OptionalLong.empty() : OptionalLong.of(stored));
        }
    }

    // ---- households and persons ----

    /**
     * The stored household with its members as stored now: the household itself when no member
     * was saved on its own since (the usual case, at no cost: the row says so, no member is looked
     * up), else a copy with the newer persons.
     */
    private Household assemble(MemoryStore.HouseholdRow householdRow) {
        Household saved = householdRow.household();
        if (!householdRow.stale()) {
            return saved;
        }
        List<Member> stored = saved.members();
        List<Member> members = null;
        for (int i = 0; i < stored.size(); i++) {
            Member m = stored.get(i);
            MemoryStore.PersonRow row = store.persons.get(m.person().id().value());
            if (row != null && row.person() != m.person()) {
                if (members == null) {
                    members = new ArrayList<>(stored.subList(0, i));
                }
                members.add(Member.of(row.person(), m.relation()));
            } else if (members != null) {
                members.add(m);
            }
        }
        return members == null ? saved : saved.toBuilder().members(members).build();
    }

    private RegionCode regionOfPerson(MemoryStore.PersonRow row) {
        if (row.householdId() == null) {
            return null;
        }
        return store.households.get(row.householdId()).household().region();
    }

    /**
     * Writes a person (insert, update or unchanged) and returns the stored person. Every record
     * the write would touch is checked against the scope first, before versions and uniqueness,
     * so that a refusal says nothing about records outside the scope.
     */
    private Person writePerson(Person person, String householdId, WriteContext context, MemoryStore.Undo undo,
            Optional<RegionCode> region, String what) {
        String id = person.id().value();
        MemoryStore.PersonRow stored = store.persons.get(id);
        if (stored != null && !personVisible(stored)) {
            throw notVisible(what);
        }
        String holder = person.idNumber().map(n -> store.personByIdNumber.get(n.value())).orElse(null);
        if (holder != null && !holder.equals(id) && !personVisible(store.persons.get(holder))) {
            throw notVisible(what);
        }
        Long storedVersion = stored == null ? null : stored.person().version();
        if (stored != null && stored.householdId() != null && householdId != null
                && !stored.householdId().equals(householdId)) {
            throw new DuplicateRecordException(EntityType.PERSON, "person " + person.id()
                    + " is already a member of household " + HouseholdId.of(stored.householdId())
                    + " (该人员已属于其他家庭)");
        }
        checkVersion(EntityType.PERSON, id, person.version(), storedVersion);
        String ownerId = householdId != null ? householdId : stored == null ? null : stored.householdId();
        if (stored != null && stored.person().equals(person) && Objects.equals(ownerId, stored.householdId())) {
            return stored.person();
        }
        if (holder != null && !holder.equals(id)) {
            throw new DuplicateRecordException(EntityType.PERSON, "person " + person.id() + ": the identity number is "
                    + "already stored for person " + PersonId.of(holder) + " (身份证号已登记给其他人员)");
        }
        if (stored != null) {
            stored.person().idNumber().ifPresent(n -> store.remove(store.personByIdNumber, n.value(), undo));
        }
        long version = person.version() + 1;
        Person saved = person.toBuilder().version(version).build();
        store.put(store.persons, id, new MemoryStore.PersonRow(saved, ownerId), undo);
        saved.idNumber().ifPresent(n -> store.put(store.personByIdNumber, n.value(), id, undo));
        store.audit(undo, context, stored == null ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.PERSON,
                id, version, region);
        return saved;
    }

    private Household writeHousehold(Household household, WriteContext context, MemoryStore.Undo undo) {
        String id = household.id().value();
        String what = "save household " + household.id();
        StorageLimits.checkHousehold(household);
        checkRegion(household.region(), what);
        MemoryStore.HouseholdRow stored = store.households.get(id);
        if (stored != null && !visible(stored.household().region())) {
            throw notVisible(what);
        }
        checkVersion(EntityType.HOUSEHOLD, id, household.version(),
                stored == null ? null : stored.household().version());
        Set<String> memberIds = new HashSet<>();
        List<Member> members = new ArrayList<>();
        Optional<RegionCode> region = Optional.of(household.region());
        for (Member m : household.members()) {
            memberIds.add(m.person().id().value());
            members.add(Member.of(writePerson(m.person(), id, context, undo, region, what), m.relation()));
        }
        if (stored != null) {
            for (Member old : stored.household().members()) {
                String pid = old.person().id().value();
                MemoryStore.PersonRow row = store.persons.get(pid);
                if (!memberIds.contains(pid) && row != null && id.equals(row.householdId())) {
                    store.put(store.persons, pid, new MemoryStore.PersonRow(row.person(), null), undo);
                }
            }
        }
        long version = household.version() + 1;
        Household saved = household.toBuilder().members(members).version(version).build();
        store.put(store.households, id, new MemoryStore.HouseholdRow(saved), undo);
        store.audit(undo, context, stored == null ? AuditOperation.CREATE : AuditOperation.UPDATE,
                EntityType.HOUSEHOLD, id, version, region);
        return saved;
    }

    private final class Households implements HouseholdRepository {

        @Override
        public Optional<Household> find(HouseholdId id) {
            Objects.requireNonNull(id, "id");
            return store.read(() -> {
                MemoryStore.HouseholdRow row = store.households.get(id.value());
                if (row == null || !visible(row.household().region())) {
                    return Optional.<Household>empty();
                }
                return Optional.of(assemble(row));
            });
        }

        @Override
        public Optional<Household> findByMember(PersonId person) {
            Objects.requireNonNull(person, "person");
            return store.read(() -> {
                MemoryStore.PersonRow row = store.persons.get(person.value());
                return row == null || row.householdId() == null ? Optional.<HouseholdId>empty()
                        : Optional.of(HouseholdId.of(row.householdId()));
            }).flatMap(this::find);
        }

        @Override
        public Optional<Household> findByIdNumber(IdNumber idNumber) {
            Objects.requireNonNull(idNumber, "idNumber");
            return store.read(() -> Optional.ofNullable(store.personByIdNumber.get(idNumber.value())))
                    .flatMap(pid -> findByMember(PersonId.of(pid)));
        }

        @Override
        public Stream<Household> streamByRegion(RegionCode region) {
            Objects.requireNonNull(region, "region");
            checkRegion(region, "query households of region " + region.shortForm());
            return store.read(() -> {
                List<Household> result = new ArrayList<>();
                for (MemoryStore.HouseholdRow row : store.households.values()) {
                    if (region.contains(row.household().region())) {
                        result.add(assemble(row));
                    }
                }
                return result;
            }).stream();
        }

        @Override
        public long countByRegion(RegionCode region) {
            Objects.requireNonNull(region, "region");
            checkRegion(region, "count households of region " + region.shortForm());
            return store.read(() -> store.households.values().stream()
                    .filter(r -> region.contains(r.household().region())).count());
        }

        @Override
        public Household save(Household household, WriteContext context) {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(context, "context");
            return store.write(transaction, undo -> writeHousehold(household, context, undo));
        }

        @Override
        public List<Household> saveAll(Collection<Household> households, WriteContext context) {
            Objects.requireNonNull(context, "context");
            List<Household> copy = List.copyOf(households);
            HouseholdRepository.checkBatch(copy);
            return store.write(transaction, undo -> {
                List<Household> saved = new ArrayList<>(copy.size());
                for (Household h : copy) {
                    saved.add(writeHousehold(h, context, undo));
                }
                return saved;
            });
        }
    }

    private final class Persons implements PersonRepository {

        @Override
        public Optional<Person> find(PersonId id) {
            Objects.requireNonNull(id, "id");
            return store.read(() -> {
                MemoryStore.PersonRow row = store.persons.get(id.value());
                if (row == null || !personVisible(row)) {
                    return Optional.<Person>empty();
                }
                return Optional.of(row.person());
            });
        }

        @Override
        public Optional<Person> findByIdNumber(IdNumber idNumber) {
            Objects.requireNonNull(idNumber, "idNumber");
            return store.read(() -> Optional.ofNullable(store.personByIdNumber.get(idNumber.value())))
                    .flatMap(pid -> find(PersonId.of(pid)));
        }

        @Override
        public Optional<HouseholdId> householdOf(PersonId id) {
            Objects.requireNonNull(id, "id");
            return store.read(() -> {
                MemoryStore.PersonRow row = store.persons.get(id.value());
                if (row == null || !personVisible(row)) {
                    return Optional.<HouseholdId>empty();
                }
                return Optional.ofNullable(row.householdId()).map(HouseholdId::of);
            });
        }

        @Override
        public Person save(Person person, WriteContext context) {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(context, "context");
            StorageLimits.checkPerson(person, "person");
            String what = "save person " + person.id();
            return store.write(transaction, undo -> {
                MemoryStore.PersonRow stored = store.persons.get(person.id().value());
                if (scope != null && (stored == null || !personVisible(stored))) {
                    // a new person would have no region; a stored one outside the scope is not seen
                    throw notVisible(what);
                }
                Optional<RegionCode> region = stored == null ? Optional.empty() : Optional.ofNullable(regionOfPerson(stored));
                Person saved = writePerson(person, null, context, undo, region, what);
                if (stored != null && stored.householdId() != null && saved != stored.person()) {
                    // the household as saved now holds an older version of this member: resolve on read
                    MemoryStore.HouseholdRow owner = store.households.get(stored.householdId());
                    if (!owner.stale()) {
                        store.put(store.households, stored.householdId(),
                                new MemoryStore.HouseholdRow(owner.household(), true), undo);
                    }
                }
                return saved;
            });
        }
    }

    private final class Audit implements AuditLog {

        @Override
        public List<AuditEntry> forEntity(EntityType entity, String entityId) {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(entityId, "entityId");
            return store.read(() -> store.auditEntries().stream()
                    .filter(e -> e.entity() == entity && e.entityId().equals(entityId) && visibleEntry(e)).toList());
        }

        @Override
        public Stream<AuditEntry> between(Instant fromInclusive, Instant toExclusive) {
            Objects.requireNonNull(fromInclusive, "fromInclusive");
            Objects.requireNonNull(toExclusive, "toExclusive");
            return store.read(() -> store.auditEntries().stream()
                    .filter(e -> !e.at().isBefore(fromInclusive) && e.at().isBefore(toExclusive) && visibleEntry(e))
                    .toList()).stream();
        }

        @Override
        public long count() {
            return store.read(() -> store.auditEntries().stream().filter(this::visibleEntry).count());
        }

        private boolean visibleEntry(AuditEntry e) {
            return scope == null || e.region().map(scope::contains).orElse(false);
        }
    }
}
