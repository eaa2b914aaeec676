package org.minzheng.json.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentLedger;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.MinzhengModule;
import org.minzheng.json.ReadLimits;
import org.minzheng.spi.storage.Actor;
import org.minzheng.spi.storage.AuditLog;
import org.minzheng.spi.storage.CaseRepository;
import org.minzheng.spi.storage.FacilityRepository;
import org.minzheng.spi.storage.HouseholdRepository;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.PaymentRepository;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PersonRepository;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.ServiceRecordRepository;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.TransactionWork;
import org.minzheng.spi.storage.WriteContext;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Storage} in a directory of JSON files (JSON 文件存储), for small offices and tests.
 *
 * <p><b>Layout.</b> The directory holds {@code store.lock} and {@code journal/}, where every
 * committed write or transaction is one file {@code 0000000000000001.json}, … holding the
 * operations (the records saved, the payments posted, actor and reason) and the instant of the
 * commit, as JSON written by {@link MinzhengModule}. Opening the store replays the journal into
 * the reference {@link InMemoryStorage}, so the JSON store has exactly the reference semantics
 * (versions, audit, payment idempotency, region scopes, transactions); see decision record 0044.
 *
 * <p><b>Durability.</b> A commit is written to a temporary file, forced to disk, renamed
 * atomically to its final name and the directory is forced, before the write returns: it
 * survives a killed JVM, an operating-system crash and a power failure. A crash at any point
 * leaves the last committed state readable: a commit file exists complete or not at all;
 * interrupted temporary files are removed on the next open. If writing a commit fails (disk
 * full), the store refuses further use until reopened, so that memory never runs ahead of disk.
 *
 * <p><b>Damage from outside.</b> A commit file cut short or corrupted (a disk fault, a partial
 * copy) makes {@link #open(Path)} refuse the store, naming the file; it never repairs by itself.
 * {@link #check(Path)} reports the damage; {@link #repair(Path)} keeps every complete commit before
 * it and moves the rest aside (decision record 0145).
 *
 * <p><b>Permissions.</b> The directory (when created here), {@code journal/}, the lock file and
 * the commit files are readable by their owner only where the file system has POSIX permissions;
 * a journal that is not is tightened on open. Elsewhere (Windows) they inherit the directory's
 * access control list: keep the store in a directory only the service's account can read
 * (decision record 0146).
 *
 * <p><b>Concurrency.</b> Writers within one JVM are serialised; readers do not wait for the
 * disk. A second process (or a second {@code open} in this JVM) on the same directory is refused
 * by an operating-system lock on {@code store.lock}.
 *
 * <p>The journal is never compacted; the whole history is replayed on open. That suits a small
 * office (tens of thousands of writes), not a county's archive: use the JDBC store there.
 */
public final class JsonFileStorage implements Storage {

    /** The format name written into every commit file. */
    public static final String FORMAT = "minzheng-json-store/1";

    /** Read limits for commit files (a {@code saveAll} of many households is one file). */
    private static final ReadLimits LIMITS = new ReadLimits(512L << 20, 64, 1 << 20, 64, 256);

    private final Shared shared;
    private final Storage view;
    private final List<ObjectNode> recorder;
    private final boolean root;

    /** The mapper of every store: immutable and thread-safe, and costly to build at every open. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = MinzhengJson.jsonBuilder(MinzhengModule.builder().noClock().build(), LIMITS)
                .build();
    }

    private static final class Shared {
        final Path directory;
        final FileChannel lockChannel;
        final FileLock lock;
        final Journal journal;
        final FrozenClock clock;
        final JsonMapper mapper;
        final ReentrantLock writeLock = new ReentrantLock();
        volatile boolean closed;
        volatile RuntimeException failure;

        Shared(Path directory, FileChannel lockChannel, FileLock lock, Journal journal, FrozenClock clock) {
            this.directory = directory;
            this.lockChannel = lockChannel;
            this.lock = lock;
            this.journal = journal;
            this.clock = clock;
            this.mapper = Mapper.INSTANCE;
        }

        void checkUsable() {
            if (closed) {
                throw new StorageException("The JSON store at " + directory + " is closed (存储已关闭)");
            }
            if (failure != null) {
                throw new StorageException("A commit to " + directory + " failed; reopen the store to continue "
                        + "from the last committed state (提交失败，请重新打开存储)", failure);
            }
        }
    }

    private JsonFileStorage(Shared shared, Storage view, List<ObjectNode> recorder, boolean root) {
        this.shared = shared;
        this.view = view;
        this.recorder = recorder;
        this.root = root;
    }

    /**
     * Opens (or creates) the store in a directory, timing audit entries and payments by the
     * system clock.
     *
     * @param directory the directory; created if missing
     * @return the store; close it to release the directory
     * @throws StorageException if another process or another open store holds the directory, or
     *     the journal cannot be replayed
     * @throws UncheckedIOException if the directory cannot be read or created
     */
    public static JsonFileStorage open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    /**
     * Opens (or creates) the store in a directory with a given clock.
     *
     * @param directory the directory; created if missing
     * @param clock the clock for audit entries and payments
     * @return the store; close it to release the directory
     * @throws StorageException if another process or another open store holds the directory, or
     *     the journal cannot be replayed
     * @throws UncheckedIOException if the directory cannot be read or created
     */
    public static JsonFileStorage open(Path directory, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        FileChannel channel = null;
        try {
            Files.createDirectories(directory, OwnerOnly.directoryAttributes(directory));
            channel = lockChannel(directory);
            FileLock lock = lock(directory, channel);
            FrozenClock frozen = new FrozenClock(clock);
            Journal journal = new Journal(directory.resolve("journal"));
            Shared shared = new Shared(directory, channel, lock, journal, frozen);
            InMemoryStorage memory = InMemoryStorage.create(frozen);
            JsonFileStorage store = new JsonFileStorage(shared, memory, null, true);
            try {
                for (Path file : journal.open()) {
                    store.replay(file);
                }
            } catch (RuntimeException | IOException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot open the JSON store at " + directory, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileChannel lockChannel(Path directory) throws IOException {
        Path file = directory.resolve("store.lock");
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                OwnerOnly.fileAttributes(file));
    }

    private static FileLock lock(Path directory, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StorageException("The JSON store at " + directory + " is in use by another process or "
                    + "another open store (存储目录正被其他进程使用)");
        }
        return lock;
    }

    // ---- check and repair ----

    /**
     * Checks a store's journal without changing anything: reads and replays every commit file, as
     * opening would, and reports which files {@link #repair(Path)} would drop.
     *
     * @param directory the store's directory
     * @return what was found; {@link RepairReport#sound()} if the store opens as it is
     * @throws StorageException if the directory holds no store, or another process or open store
     *     holds it
     * @throws UncheckedIOException if a file cannot be read
     */
    public static RepairReport check(Path directory) {
        return examine(directory, false);
    }

    /**
     * Repairs a store whose journal cannot be replayed (日志修复): keeps every complete commit
     * before the first file that cannot be replayed (truncated, not JSON, not a commit of this
     * format, not applicable to the commits before it, or after a missing number) and moves that
     * file and every later one into a directory {@code dropped-NNNNNNNNNNNNNNNN} beside
     * {@code journal/} (owner-only), never deleting them. Leftover temporary files are deleted.
     * The report names the dropped commits, their sizes, the problem and the byte offset — never
     * their content.
     *
     * <p>Opening never repairs: {@link #open(Path)} refuses a damaged journal and names this
     * method. Repair only when the report of {@link #check(Path)} is what you expect: the dropped
     * commits are lost to the store (they stay readable in the directory they were moved to). A
     * commit that was acknowledged is never in a truncated file by this store's own writing (every
     * commit is written to a temporary file, forced and renamed); damage comes from outside (a
     * disk fault, a partial copy or restore).
     *
     * @param directory the store's directory
     * @return what was kept and dropped
     * @throws StorageException if the directory holds no store, or another process or open store
     *     holds it
     * @throws UncheckedIOException if a file cannot be read or moved
     */
    public static RepairReport repair(Path directory) {
        return examine(directory, true);
    }

    private static RepairReport examine(Path directory, boolean repair) {
        Objects.requireNonNull(directory, "directory");
        Path journalDir = directory.resolve("journal");
        if (!Files.isDirectory(journalDir)) {
            throw new StorageException("No JSON store at " + directory + " (no journal directory; 不是 JSON 存储目录)");
        }
        FileChannel channel = null;
        try {
            channel = lockChannel(directory);
            FileLock lock = lock(directory, channel);
            Journal journal = new Journal(journalDir);
            Journal.Listing listing = journal.list();
            FrozenClock clock = new FrozenClock(Clock.systemUTC());
            Shared shared = new Shared(directory, channel, lock, journal, clock);
            JsonFileStorage replayer = new JsonFileStorage(shared, InMemoryStorage.create(clock), null, false);
            long kept = 0;
            List<RepairReport.Dropped> dropped = new ArrayList<>();
            List<Path> drop = new ArrayList<>();
            for (Path file : listing.commits()) {
                if (!drop.isEmpty()) {
                    dropped.add(new RepairReport.Dropped(Journal.number(file), Files.size(file),
                            RepairReport.Problem.AFTER_DROPPED, OptionalLong.empty()));
                    drop.add(file);
                    continue;
                }
                try {
                    replayer.replay(file);
                    kept++;
                } catch (JournalDamage e) {
                    dropped.add(e.dropped);
                    drop.add(file);
                }
            }
            for (Path file : listing.afterGap()) {
                dropped.add(new RepairReport.Dropped(Journal.number(file), Files.size(file), RepairReport.Problem.AFTER_GAP,
                        OptionalLong.empty()));
                drop.add(file);
            }
            Optional<Path> movedTo = Optional.empty();
            if (repair) {
                for (Path temp : listing.temporary()) {
                    Files.delete(temp);
                }
                if (!drop.isEmpty()) {
                    Path aside = directory.resolve(String.format("dropped-%016d", kept + 1));
                    for (int n = 2; Files.exists(aside); n++) {
                        aside = directory.resolve(String.format("dropped-%016d-%d", kept + 1, n));
                    }
                    Files.createDirectory(aside, OwnerOnly.directoryAttributes(aside));
                    for (Path file : drop) {
                        Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    }
                    Journal.forceDirectory(aside);
                    Journal.forceDirectory(directory);
                    movedTo = Optional.of(aside);
                }
                Journal.forceDirectory(journalDir);
            }
            return new RepairReport(kept, dropped, movedTo, listing.temporary().size(), repair);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot " + (repair ? "repair" : "check") + " the JSON store at " + directory, e);
        } finally {
            closeQuietly(channel); // releases the lock
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** The directory of this store. */
    Path directory() {
        return shared.directory;
    }

    /**
     * The number of commits in the journal.
     *
     * @return the commit count
     */
    public long commits() {
        return shared.journal.last();
    }

    // ---- transactions and writes ----

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        shared.checkUsable();
        if (recorder != null) {
            return view.inTransaction(tx -> work.run(new JsonFileStorage(shared, tx, recorder, false)));
        }
        shared.writeLock.lock();
        try {
            shared.checkUsable();
            Instant now = shared.clock.now();
            List<ObjectNode> ops = new ArrayList<>();
            T result;
            shared.clock.freeze(now);
            try {
                result = view.inTransaction(tx -> work.run(new JsonFileStorage(shared, tx, ops, false)));
            } finally {
                shared.clock.thaw();
            }
            if (!ops.isEmpty()) {
                ObjectNode commit = shared.mapper.createObjectNode();
                commit.put("format", FORMAT);
                commit.put("commit", shared.journal.last() + 1);
                commit.put("at", now.toString());
                ArrayNode array = commit.putArray("ops");
                ops.forEach(array::add);
                try {
                    shared.journal.commit(shared.mapper.writeValueAsBytes(commit));
                } catch (RuntimeException e) {
                    shared.failure = e;
                    throw new StorageException("Cannot write the commit to " + shared.directory
                            + "; the store must be reopened (提交写入失败)", e);
                }
            }
            return result;
        } finally {
            shared.writeLock.unlock();
        }
    }

    private <T> T write(ObjectNode op, Function<Storage, T> action) {
        if (recorder == null) {
            return inTransaction(tx -> ((JsonFileStorage) tx).write(op, action));
        }
        T result = action.apply(view);
        recorder.add(op);
        return result;
    }

    private ObjectNode op(String name, WriteContext context) {
        ObjectNode node = shared.mapper.createObjectNode();
        node.put("op", name);
        ObjectNode ctx = node.putObject("context");
        ctx.put("actor", context.actor().id());
        ctx.put("reason", context.reason());
        return node;
    }

    private JsonNode tree(Object value) {
        return shared.mapper.valueToTree(value);
    }

    private ObjectNode request(PaymentRequest r) {
        ObjectNode node = shared.mapper.createObjectNode();
        node.set("key", tree(r.key()));
        node.set("amount", tree(r.amount()));
        return node;
    }

    // ---- replay ----

    /** A commit file that cannot be replayed: what repair reports about it. */
    private static final class JournalDamage extends StorageException {
        private static final long serialVersionUID = 1L;
        final transient RepairReport.Dropped dropped;

        JournalDamage(Path file, RepairReport.Dropped dropped, String what, Throwable cause) {
            super("Journal file " + file + " " + what + " (日志文件无法重放); the store does not open. "
                    + "JsonFileStorage.check(directory) reports the damage; JsonFileStorage.repair(directory) keeps the "
                    + (dropped.commit() - 1) + " complete commits before it and moves this file and any later ones "
                    + "aside (可用 repair 修复，保留之前的完整提交)", cause);
            this.dropped = dropped;
        }
    }

    /**
     * Whether the parser failed on a last token that the end of the file cut short: the bytes from
     * the error to the end are the start of {@code true}, {@code false} or {@code null} (Jackson
     * reports such a token as unrecognised, at its first byte, not as the end of the input).
     */
    private static boolean endsInsideALiteral(byte[] bytes, long offset) {
        if (offset < 0 || offset > bytes.length) {
            return false;
        }
        if (offset == bytes.length) {
            return true;
        }
        String rest = new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.US_ASCII);
        return "true".startsWith(rest) || "false".startsWith(rest) || "null".startsWith(rest);
    }

    private void replay(Path file) throws IOException {
        long number = Journal.number(file);
        byte[] bytes = Files.readAllBytes(file);
        JsonNode commit;
        try {
            commit = bytes.length == 0 ? null : shared.mapper.readTree(bytes);
        } catch (JacksonException e) {
            long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            boolean truncated = e instanceof UnexpectedEndOfInputException || endsInsideALiteral(bytes, offset);
            throw new JournalDamage(file, new RepairReport.Dropped(number, bytes.length,
                    truncated ? RepairReport.Problem.TRUNCATED : RepairReport.Problem.NOT_JSON,
                    offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset)),
                    truncated ? "is truncated (ends inside its JSON; 日志文件被截断)" : "is not valid JSON (日志文件损坏)", e);
        }
        if (commit == null) {
            throw new JournalDamage(file, new RepairReport.Dropped(number, 0, RepairReport.Problem.TRUNCATED,
                    OptionalLong.of(0)), "is empty (日志文件为空)", null);
        }
        Instant at;
        try {
            if (!FORMAT.equals(commit.path("format").asString("")) || commit.path("commit").asLong(-1) != number
                    || !commit.path("ops").isArray()) {
                throw new IllegalArgumentException("not a commit");
            }
            at = Instant.parse(commit.path("at").asString(""));
        } catch (RuntimeException e) {
            throw new JournalDamage(file, new RepairReport.Dropped(number, bytes.length,
                    RepairReport.Problem.NOT_A_COMMIT, OptionalLong.empty()),
                    "is not commit " + number + " in format " + FORMAT, e);
        }
        shared.clock.freeze(at);
        try {
            view.inTransaction(tx -> {
                for (JsonNode op : commit.path("ops")) {
                    apply(tx, op);
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw new JournalDamage(file, new RepairReport.Dropped(number, bytes.length,
                    RepairReport.Problem.NOT_REPLAYABLE, OptionalLong.empty()), "cannot be replayed", e);
        } finally {
            shared.clock.thaw();
        }
        shared.journal.replayed();
    }

    private void apply(Storage tx, JsonNode op) {
        JsonMapper m = shared.mapper;
        WriteContext ctx = WriteContext.of(Actor.of(op.path("context").path("actor").asString()),
                op.path("context").path("reason").asString());
        String name = op.path("op").asString();
        switch (name) {
            case "households.save" -> tx.households().save(m.treeToValue(op.get("household"), Household.class), ctx);
            case "households.saveAll" -> tx.households().saveAll(list(op.get("households"), Household.class), ctx);
            case "persons.save" -> tx.persons().save(m.treeToValue(op.get("person"), Person.class), ctx);
            case "cases.save" -> tx.cases().save(m.treeToValue(op.get("case"), Case.class), ctx);
            case "cases.saveAll" -> tx.cases().saveAll(list(op.get("cases"), Case.class), ctx);
            case "payments.post" -> tx.payments().post(paymentRequest(op.get("request")), ctx);
            case "payments.postAll" -> {
                List<PaymentRequest> requests = new ArrayList<>();
                op.get("requests").forEach(r -> requests.add(paymentRequest(r)));
                tx.payments().postAll(requests, ctx);
            }
            case "payments.reverse" -> tx.payments().reverse(m.treeToValue(op.get("key"), PaymentKey.class), ctx);
            case "serviceRecords.save" -> tx.serviceRecords().save(
                    m.treeToValue(op.get("record"), ServiceRecord.class), ctx);
            case "facilities.save" -> tx.facilities().save(m.treeToValue(op.get("facility"), Facility.class), ctx);
            default -> throw new StorageException("Unknown operation in the journal: " + name);
        }
    }

    private <T> List<T> list(JsonNode array, Class<T> type) {
        List<T> list = new ArrayList<>();
        array.forEach(n -> list.add(shared.mapper.treeToValue(n, type)));
        return list;
    }

    private PaymentRequest paymentRequest(JsonNode node) {
        return PaymentRequest.of(shared.mapper.treeToValue(node.get("key"), PaymentKey.class),
                shared.mapper.treeToValue(node.get("amount"), Money.class));
    }

    // ---- Storage ----

    @Override
    public HouseholdRepository households() {
        shared.checkUsable();
        HouseholdRepository read = view.households();
        return new HouseholdRepository() {
            @Override
            public Optional<Household> find(HouseholdId id) {
                return read.find(id);
            }

            @Override
            public Optional<Household> findByMember(PersonId person) {
                return read.findByMember(person);
            }

            @Override
            public Optional<Household> findByIdNumber(IdNumber idNumber) {
                return read.findByIdNumber(idNumber);
            }

            @Override
            public Stream<Household> streamByRegion(RegionCode region) {
                return read.streamByRegion(region);
            }

            @Override
            public long countByRegion(RegionCode region) {
                return read.countByRegion(region);
            }

            @Override
            public Household save(Household household, WriteContext context) {
                Objects.requireNonNull(household, "household");
                ObjectNode op = op("households.save", context);
                op.set("household", tree(household));
                return write(op, s -> s.households().save(household, context));
            }

            @Override
            public List<Household> saveAll(Collection<Household> households, WriteContext context) {
                List<Household> copy = List.copyOf(households);
                ObjectNode op = op("households.saveAll", context);
                op.set("households", tree(copy));
                return write(op, s -> s.households().saveAll(copy, context));
            }
        };
    }

    @Override
    public PersonRepository persons() {
        shared.checkUsable();
        PersonRepository read = view.persons();
        return new PersonRepository() {
            @Override
            public Optional<Person> find(PersonId id) {
                return read.find(id);
            }

            @Override
            public Optional<Person> findByIdNumber(IdNumber idNumber) {
                return read.findByIdNumber(idNumber);
            }

            @Override
            public Optional<HouseholdId> householdOf(PersonId id) {
                return read.householdOf(id);
            }

            @Override
            public Person save(Person person, WriteContext context) {
                Objects.requireNonNull(person, "person");
                ObjectNode op = op("persons.save", context);
                op.set("person", tree(person));
                return write(op, s -> s.persons().save(person, context));
            }
        };
    }

    @Override
    public CaseRepository cases() {
        shared.checkUsable();
        CaseRepository read = view.cases();
        return new CaseRepository() {
            @Override
            public Optional<Case> find(CaseId id) {
                return read.find(id);
            }

            @Override
            public List<Case> findBySubject(SubjectRef subject) {
                return read.findBySubject(subject);
            }

            @Override
            public Stream<Case> streamByProgramAndState(ProgramCode program, CaseState state, RegionCode region) {
                return read.streamByProgramAndState(program, state, region);
            }

            @Override
            public Stream<Case> streamByRegion(RegionCode region) {
                return read.streamByRegion(region);
            }

            @Override
            public Case save(Case aCase, WriteContext context) {
                Objects.requireNonNull(aCase, "aCase");
                ObjectNode op = op("cases.save", context);
                op.set("case", tree(aCase));
                return write(op, s -> s.cases().save(aCase, context));
            }

            @Override
            public List<Case> saveAll(Collection<Case> cases, WriteContext context) {
                List<Case> copy = List.copyOf(cases);
                ObjectNode op = op("cases.saveAll", context);
                op.set("cases", tree(copy));
                return write(op, s -> s.cases().saveAll(copy, context));
            }
        };
    }

    @Override
    public PaymentRepository payments() {
        shared.checkUsable();
        PaymentRepository read = view.payments();
        return new PaymentRepository() {
            @Override
            public PostResult post(PaymentRequest request, WriteContext context) {
                Objects.requireNonNull(request, "request");
                ObjectNode op = op("payments.post", context);
                op.set("request", request(request));
                return write(op, s -> s.payments().post(request, context));
            }

            @Override
            public List<PostResult> postAll(List<PaymentRequest> requests, WriteContext context) {
                List<PaymentRequest> copy = List.copyOf(requests);
                ObjectNode op = op("payments.postAll", context);
                ArrayNode array = op.putArray("requests");
                copy.forEach(r -> array.add(request(r)));
                return write(op, s -> s.payments().postAll(copy, context));
            }

            @Override
            public Payment reverse(PaymentKey key, WriteContext context) {
                Objects.requireNonNull(key, "key");
                ObjectNode op = op("payments.reverse", context);
                op.set("key", tree(key));
                return write(op, s -> s.payments().reverse(key, context));
            }

            @Override
            public PaymentLedger ledger(PaymentKey key) {
                return read.ledger(key);
            }

            @Override
            public List<Payment> findByCase(CaseId caseId) {
                return read.findByCase(caseId);
            }

            @Override
            public Stream<Payment> streamByMonth(YearMonth month, RegionCode region) {
                return read.streamByMonth(month, region);
            }

            @Override
            public Money total(YearMonth month, RegionCode region) {
                return read.total(month, region);
            }
        };
    }

    @Override
    public ServiceRecordRepository serviceRecords() {
        shared.checkUsable();
        ServiceRecordRepository read = view.serviceRecords();
        return new ServiceRecordRepository() {
            @Override
            public Optional<ServiceRecord> find(ServiceRecordId id) {
                return read.find(id);
            }

            @Override
            public List<ServiceRecord> findBySubject(SubjectRef subject) {
                return read.findBySubject(subject);
            }

            @Override
            public Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive,
                    LocalDate toExclusive) {
                return read.streamByRegion(region, fromInclusive, toExclusive);
            }

            @Override
            public <T extends ServiceRecord> T save(T serviceRecord, WriteContext context) {
                Objects.requireNonNull(serviceRecord, "serviceRecord");
                ObjectNode op = op("serviceRecords.save", context);
                op.set("record", tree(serviceRecord));
                return write(op, s -> s.serviceRecords().save(serviceRecord, context));
            }
        };
    }

    @Override
    public FacilityRepository facilities() {
        shared.checkUsable();
        FacilityRepository read = view.facilities();
        return new FacilityRepository() {
            @Override
            public Optional<Facility> find(FacilityId id) {
                return read.find(id);
            }

            @Override
            public Stream<Facility> streamByRegion(RegionCode region) {
                return read.streamByRegion(region);
            }

            @Override
            public Facility save(Facility facility, WriteContext context) {
                Objects.requireNonNull(facility, "facility");
                ObjectNode op = op("facilities.save", context);
                op.set("facility", tree(facility));
                return write(op, s -> s.facilities().save(facility, context));
            }
        };
    }

    @Override
    public AuditLog audit() {
        shared.checkUsable();
        return view.audit();
    }

    @Override
    public Storage scopedTo(RegionCode region) {
        shared.checkUsable();
        return new JsonFileStorage(shared, view.scopedTo(region), recorder, false);
    }

    @Override
    public Optional<RegionCode> scope() {
        return view.scope();
    }

    /**
     * Closes the store and releases the directory. Views (scoped, transactional) share the root
     * store; closing one of them does nothing.
     */
    @Override
    public void close() {
        if (!root || shared.closed) {
            return;
        }
        shared.writeLock.lock();
        try {
            shared.closed = true;
            try {
                shared.lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(shared.lockChannel);
        } finally {
            shared.writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "JsonFileStorage[" + shared.directory + ", " + shared.journal.last() + " commits"
                + view.scope().map(r -> ", scope " + r.shortForm()).orElse("") + "]";
    }
}
