package org.minzheng.jdbc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.jdbc.internal.Audit;
import org.minzheng.jdbc.internal.Cases;
import org.minzheng.jdbc.internal.Facilities;
import org.minzheng.jdbc.internal.OptionalDependencies;
import org.minzheng.jdbc.internal.Payments;
import org.minzheng.jdbc.internal.Registry;
import org.minzheng.jdbc.internal.ServiceRecords;
import org.minzheng.jdbc.internal.Session;
import org.minzheng.jdbc.internal.SqlErrors;
import org.minzheng.jdbc.internal.StaleTables;
import org.minzheng.spi.storage.AuditLog;
import org.minzheng.spi.storage.CaseRepository;
import org.minzheng.spi.storage.FacilityRepository;
import org.minzheng.spi.storage.HouseholdRepository;
import org.minzheng.spi.storage.PaymentRepository;
import org.minzheng.spi.storage.PersonRepository;
import org.minzheng.spi.storage.ServiceRecordRepository;
import org.minzheng.spi.storage.SessionWork;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.StorageUnavailableException;
import org.minzheng.spi.storage.TransactionWork;

/**
 * Storage on a relational database through JDBC (关系数据库存储): H2 (embedded, the default),
 * PostgreSQL and the compatible openGauss / KingbaseES family, MariaDB and MySQL.
 *
 * <pre>{@code
 * Storage embedded = JdbcStorage.h2(Path.of("data"));          // file database, migrated
 * JdbcStorage.migrate(dataSource);                              // or with the host's own Flyway
 * Storage shared = JdbcStorage.of(dataSource);                  // any DataSource, e.g. a pool
 * }</pre>
 *
 * <p>Every statement uses bound parameters. Connections come from the data source (give it a
 * pool in production) and are closed after each operation; a transaction holds one connection
 * until it ends. Every connection is used with READ COMMITTED isolation; optimistic versions,
 * row locks ({@code SELECT … FOR UPDATE}) and the ledger's primary key keep concurrent writers
 * correct. A database error becomes a {@link StorageException} whose message names the
 * operation and SQLState but no personal data; its cause is a copy of the driver's exception
 * without the driver's message (which may quote the row), with the same JDBC exception class,
 * SQLState, vendor code and stack trace.
 *
 * <p><b>Personal data and the driver.</b> The H2 databases this class opens write no trace file.
 * For a data source of your own, configure the driver so that it does not log or embed values
 * either (the README's "Personal data" section lists the settings): PostgreSQL
 * {@code logServerErrorDetail=false}; MariaDB {@code dumpQueriesOnException=false} (the default)
 * and its logger {@code org.mariadb.jdbc.message.server.ErrorPacket} at {@code ERROR} or off
 * (it logs every server error, with the key it quotes, at {@code WARN}); H2
 * {@code TRACE_LEVEL_FILE=0}.
 *
 * <p>Service records are stored as the columns every kind shares plus a JSON object of the
 * kind's own components, written with Jackson directly (decision record 0180).
 *
 * <p><b>Dependencies the embedder chooses.</b> The JDBC driver, and for PostgreSQL and
 * MariaDB/MySQL Flyway's plugin for that database, are optional dependencies of minzheng-jdbc:
 * add the ones of your database ({@code org.postgresql:postgresql} and
 * {@code org.flywaydb:flyway-database-postgresql}; {@code org.mariadb.jdbc:mariadb-java-client}
 * and {@code org.flywaydb:flyway-mysql}; or {@code com.h2database:h2}, which
 * {@link #h2(Path)} and {@link #h2InMemory()} need and name in their exception when it is
 * missing). The README's section "Storage on a database: add your driver" gives the exact
 * blocks.
 *
 * <h2>Durability (持久性)</h2>
 * A write returns after its transaction committed. What survives what then depends on the
 * database (decision record 0141):
 * <ul>
 *   <li>{@link #h2(Path)}: every commit is written to the file before it returns, so it survives a
 *       killed or crashed JVM; H2 does not force the file to the disk at each commit, so an
 *       operating-system crash or a power failure may lose the last commits.</li>
 *   <li>{@link #h2InMemory()}: nothing survives the JVM.</li>
 *   <li>{@link #of(DataSource)}: a killed client loses nothing committed (the server commits or
 *       rolls back a transaction whole); a server crash loses nothing committed only if the server
 *       is set so: PostgreSQL {@code fsync = on}, {@code full_page_writes = on},
 *       {@code synchronous_commit = on} (or {@code remote_apply} with synchronous standbys);
 *       MariaDB/MySQL InnoDB with {@code innodb_flush_log_at_trx_commit = 1} and
 *       {@code sync_binlog = 1} when the binary log is used; H2 with {@code ;WRITE_DELAY=0} in the
 *       URL. Autocommit and isolation need no setting: the storage sets them on every connection.
 *       Give the driver a read timeout ({@code socketTimeout}) so that a dead server ends in an
 *       exception.</li>
 * </ul>
 * A database that cannot be reached, or a connection lost, is a {@link StorageUnavailableException};
 * its {@link StorageUnavailableException#outcomeUnknown() outcomeUnknown()} is true when the
 * connection broke while the commit was on its way. Payment postings outside a transaction
 * ({@code payments().post}, {@code postAll}) are repeated after a lost connection (four attempts
 * within about 3 s): a repeat finds what a lost commit wrote and reports it already posted, so
 * nothing is paid twice (decision record 0143).
 */
public final class JdbcStorage implements Storage {

    /** The Flyway schema-history table minzheng uses, apart from the host application's own. */
    public static final String HISTORY_TABLE = "minzheng_schema_history";

    private final Session session;
    private final Connection keeper;

    private JdbcStorage(Session session, Connection keeper) {
        this.session = session;
        this.keeper = keeper;
    }

    /**
     * Storage on a data source whose schema is already migrated (by {@link #migrate} or by the
     * host's Flyway), timing audit entries by the system clock (UTC).
     *
     * @param dataSource the database
     * @return the storage
     * @throws StorageException if the database cannot be reached or is unsupported
     */
    public static JdbcStorage of(DataSource dataSource) {
        return of(dataSource, Clock.systemUTC());
    }

    /**
     * Storage on a data source whose schema is already migrated, with a clock for audit entries
     * and ledger times.
     *
     * @param dataSource the database
     * @param clock the clock
     * @return the storage
     * @throws StorageException if the database cannot be reached or is unsupported
     */
    public static JdbcStorage of(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        return new JdbcStorage(new Session(dataSource, dialectOf(dataSource), clock, null, null), null);
    }

    /**
     * An embedded H2 database in a directory (created if missing), migrated to the current
     * schema. The database file is {@code minzheng.mv.db} in that directory. Close the storage
     * to close the database.
     *
     * <p><b>Durability.</b> Every commit is written to the database file before it returns
     * ({@code WRITE_DELAY=0}; H2's default would keep commits in memory for up to half a second),
     * so a commit that returned survives a killed or crashed JVM. H2 does not force the file to
     * the disk at each commit: after a crash of the operating system or a power failure, the
     * last commits may be lost. A new database is created and migrated under a temporary name
     * and then moved into place, so a process killed while creating it leaves no half-made
     * schema. A new directory is created readable by its owner only, and the database file too
     * (POSIX file systems; elsewhere they inherit the parent directory's access control list).
     * See decision record 0140.
     *
     * @param directory the directory
     * @return the storage
     * @throws StorageException if the database cannot be opened, created or migrated, or if H2
     *     ({@code com.h2database:h2}, an optional dependency) is not on the class path
     */
    public static JdbcStorage h2(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path dir = directory.toAbsolutePath();
        if (!Files.exists(dir.resolve(H2_NAME + H2_SUFFIX))) {
            createH2(dir);
        } else {
            try {
                // Left by a process killed after linking the new database into place.
                Files.deleteIfExists(dir.resolve(H2_CREATING + H2_SUFFIX));
            } catch (IOException e) {
                throw new StorageException("cannot remove a temporary H2 database file (无法删除临时数据库文件): "
                        + e.getClass().getSimpleName(), e);
            }
        }
        return h2(h2Url(dir, H2_NAME), Clock.systemUTC());
    }

    private static final String H2_NAME = "minzheng";
    private static final String H2_CREATING = "minzheng-creating";
    private static final String H2_SUFFIX = ".mv.db";

    /**
     * The URL of an embedded H2 file database: commits written before they return.
     * ({@code WRITE_DELAY} sets the MVStore's auto-commit delay; at 0 every transaction's end
     * stores its changes to the file in the committing thread.)
     */
    private static String h2Url(Path dir, String name) {
        return "jdbc:h2:" + dir.resolve(name).toString().replace('\\', '/') + ";WRITE_DELAY=0";
    }

    /**
     * Creates and migrates a new H2 database under a temporary name, closes it and links it into
     * place: H2 runs DDL outside transactions, so a process killed while migrating in place
     * would leave tables without their Flyway history, which no later open could repair.
     */
    private static void createH2(Path dir) {
        Path temp = dir.resolve(H2_CREATING + H2_SUFFIX);
        Path target = dir.resolve(H2_NAME + H2_SUFFIX);
        try {
            // Owner-only where the file system has POSIX permissions: the database holds identity
            // numbers and names. A directory that exists already keeps its permissions.
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
            Files.deleteIfExists(temp); // left by a process killed while creating
            Files.deleteIfExists(dir.resolve(H2_CREATING + ".trace.db"));
        } catch (IOException e) {
            throw new StorageException("cannot create the H2 database directory (无法创建数据库目录): "
                    + e.getClass().getSimpleName(), e);
        }
        DataSource ds = OptionalDependencies.h2(h2Url(dir, H2_CREATING) + H2_NO_TRACE);
        try (Connection c = ds.getConnection()) {
            migrate(ds);
            // SHUTDOWN closes the database and forces the file to the disk.
            try (var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("create the H2 database", null, e);
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try {
                // A hard link fails if another process created the database meanwhile.
                Files.createLink(target, temp);
                Files.delete(temp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) {
                    Files.delete(temp);
                    return;
                }
                if (Files.exists(target)) {
                    Files.delete(temp);
                    return;
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            throw new StorageException("cannot move the new H2 database into place (无法创建数据库文件): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e; // Windows cannot open a directory as a channel
            }
        }
    }

    /**
     * A private in-memory H2 database, migrated, that lives until the storage is closed.
     *
     * @return the storage
     * @throws StorageException if H2 ({@code com.h2database:h2}, an optional dependency) is not on
     *     the class path
     */
    public static JdbcStorage h2InMemory() {
        return h2("jdbc:h2:mem:minzheng-" + UUID.randomUUID(), Clock.systemUTC());
    }

    /**
     * Settings of every H2 database this class opens that keep personal data out of files: H2
     * writes errors, with the statement and its values, to a {@code .trace.db} file beside the
     * database unless told not to (decision record 0151).
     */
    static final String H2_NO_TRACE = ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";

    private static JdbcStorage h2(String url, Clock clock) {
        DataSource ds = OptionalDependencies.h2(url + H2_NO_TRACE);
        Connection keeper;
        try {
            // Keeps the database open (an in-memory one would vanish with its last connection).
            keeper = ds.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.translate("open the H2 database", null, e);
        }
        try {
            migrate(ds);
            return new JdbcStorage(new Session(ds, Dialect.H2, clock, null, null), keeper);
        } catch (RuntimeException e) {
            try {
                keeper.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Creates or upgrades minzheng's tables in the data source's current schema, with Flyway.
     *
     * <p>For applications that do not run Flyway themselves. An application that does adds
     * {@link Dialect#migrationLocation()} to its own configuration instead. Migrations are
     * recorded in the table {@value #HISTORY_TABLE}, so they do not mix with the host's own; a
     * schema that already holds the host's tables (and no minzheng history) gets every migration
     * from version 1.
     *
     * @param dataSource the database
     * @return the number of migrations applied (0 when the schema was current)
     * @throws StorageException if the database is unsupported or a migration fails; when Flyway's
     *     plugin for the database is missing, the message names the artifact to add
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect = dialectOf(dataSource);
        try {
            MigrateResult result = Flyway.configure(JdbcStorage.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    // the host application's own tables may already be in the schema: minzheng's history is a
                    // table of its own, so an empty history means "nothing of minzheng yet", from version 1 on
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            String plugin = OptionalDependencies.missingFlywayPlugin(dialect)
                    .map(p -> "; Flyway needs its plugin for " + dialect + ": add " + p + " to the application")
                    .orElse("");
            throw new StorageException("migrating the minzheng schema failed on " + dialect
                    + " (数据库结构迁移失败): " + e.getClass().getSimpleName() + plugin, e);
        }
    }

    /**
     * Detects the dialect of a data source, opening and closing one connection.
     *
     * @param dataSource the database
     * @return its dialect
     * @throws StorageException if the database cannot be reached or is unsupported
     */
    public static Dialect dialectOf(DataSource dataSource) {
        try (Connection c = Objects.requireNonNull(dataSource, "dataSource").getConnection()) {
            return Dialect.detect(c);
        } catch (SQLException e) {
            throw SqlErrors.translate("detect the database dialect", null, e);
        }
    }

    /**
     * The dialect this storage speaks.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return session.dialect();
    }

    @Override
    public HouseholdRepository households() {
        return new Registry(session).households();
    }

    @Override
    public PersonRepository persons() {
        return new Registry(session).persons();
    }

    @Override
    public CaseRepository cases() {
        return new Cases(session);
    }

    @Override
    public PaymentRepository payments() {
        return new Payments(session);
    }

    @Override
    public ServiceRecordRepository serviceRecords() {
        return new ServiceRecords(session);
    }

    @Override
    public FacilityRepository facilities() {
        return new Facilities(session);
    }

    @Override
    public AuditLog audit() {
        return new Audit(session);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        if (session.transaction() != null) {
            try {
                return work.run(this);
            } catch (RuntimeException e) {
                session.transaction().markRollbackOnly();
                throw e;
            } catch (Exception e) {
                session.transaction().markRollbackOnly();
                throw new StorageException("transaction failed and will be rolled back (事务失败): "
                        + e.getClass().getSimpleName(), e);
            }
        }
        Session.Transaction tx = session.begin();
        boolean committed = false;
        try {
            T result = work.run(new JdbcStorage(session.withTransaction(tx), null));
            if (tx.rollbackOnly()) {
                throw new StorageException("transaction rolled back: a write inside it failed and the failure was "
                        + "caught by the work (事务中有写入失败，已回滚)");
            }
            committed = session.end(tx, true);
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StorageException("transaction failed and was rolled back (事务失败，已回滚): "
                    + e.getClass().getSimpleName(), e);
        } finally {
            if (!committed) {
                endQuietly(tx);
            }
        }
    }

    private void endQuietly(Session.Transaction tx) {
        try {
            session.end(tx, false);
        } catch (StorageException ignored) {
            // the connection is gone; the database rolls the transaction back itself
        }
    }

    /**
     * Runs work in one session on one connection (decision record 0173): every read, stream,
     * write and transaction of the calling thread through the session's view uses the same
     * connection, taken at the start and closed at the end, instead of one connection per
     * operation. While a transaction holds it, other operations of the session take connections
     * of their own; a connection that broke is replaced at the next operation, so a lost
     * connection costs what it costs outside a session. When more than 10,000 households, cases
     * or postings were written through this storage since the database's statistics were last
     * refreshed, they are refreshed first on PostgreSQL and MariaDB/MySQL (H2 refreshes its own
     * after every 2,000 changed rows) ({@link #refreshStatistics()}; on PostgreSQL only of the tables
     * whose rows changed by a tenth or more since their last analysis, by the server's own counters,
     * decision record 0406), so that the planner of a
     * monthly run after a bulk load knows the tables' sizes. Use the session's view from the
     * calling thread only.
     */
    @Override
    public <T> T inSession(SessionWork<T> work) {
        Objects.requireNonNull(work, "work");
        if (session.pinned() != null || session.transaction() != null) {
            return run(work, this);
        }
        Session.Pinned pinned = new Session.Pinned();
        JdbcStorage view = new JdbcStorage(session.withPinned(pinned), null);
        try {
            // H2 analyzes by itself after every 2,000 changed rows of a table (ANALYZE_AUTO)
            if (session.hints().statisticsStale() && session.dialect() != Dialect.H2) {
                try {
                    view.refreshStaleStatistics();
                } catch (StorageUnavailableException e) {
                    throw e;
                } catch (StorageException e) {
                    // e.g. a user who may not analyze the tables: the work runs, perhaps on a worse plan
                    session.hints().analyzed();
                }
            }
            return run(work, view);
        } finally {
            pinned.close();
        }
    }

    private static <T> T run(SessionWork<T> work, Storage view) {
        try {
            return work.run(view);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StorageException("session work failed (会话工作失败): " + e.getClass().getSimpleName(), e);
        }
    }

    /** The tables whose statistics {@link #refreshStatistics()} refreshes, largest first. */
    private static final List<String> TABLES = List.of("mz_payment", "mz_audit_log", "mz_person",
            "mz_household", "mz_household_income", "mz_case", "mz_person_parent", "mz_service_record", "mz_facility",
            "mz_person_relative", "mz_person_school", "mz_person_capability", "mz_household_expenditure");

    /**
     * Refreshes the database's statistics of minzheng's tables (统计信息), which its query planner
     * uses to choose indexes: {@code ANALYZE} on PostgreSQL, {@code ANALYZE TABLE} on MariaDB/MySQL
     * and H2. Sessions ({@link #inSession}) do it by themselves after bulk writes through this
     * storage; call it after loading data by other means (another process, an ETL), or leave it
     * to PostgreSQL's autovacuum, which does it some time later.
     *
     * @throws IllegalStateException inside a transaction (MariaDB would commit it)
     * @throws StorageException on a database error
     */
    public void refreshStatistics() {
        if (session.transaction() != null) {
            throw new IllegalStateException("refresh the statistics outside a transaction (请勿在事务中刷新统计信息)");
        }
        session.read("refresh statistics", null, c -> {
            try (Statement st = c.createStatement()) {
                for (String table : TABLES) {
                    st.execute((session.dialect() == Dialect.POSTGRESQL ? "ANALYZE " : "ANALYZE TABLE ") + table);
                }
            }
            return null;
        });
        session.hints().analyzed();
    }

    /**
     * What a session does after bulk writes: on PostgreSQL only the tables that changed enough since their
     * statistics were gathered ({@link StaleTables}, decision record 0406), elsewhere every table, as
     * {@link #refreshStatistics()}.
     */
    private void refreshStaleStatistics() {
        session.read("refresh statistics", null, c -> {
            List<String> tables = session.dialect() == Dialect.POSTGRESQL ? StaleTables.postgres(c, TABLES) : TABLES;
            try (Statement st = c.createStatement()) {
                for (String table : tables) {
                    st.execute((session.dialect() == Dialect.POSTGRESQL ? "ANALYZE " : "ANALYZE TABLE ") + table);
                }
            }
            return null;
        });
        session.hints().analyzed();
    }

    @Override
    public Storage scopedTo(RegionCode region) {
        Objects.requireNonNull(region, "region");
        session.checkRegion(region, "scope to region " + region.shortForm());
        return new JdbcStorage(session.withScope(region), null);
    }

    @Override
    public Optional<RegionCode> scope() {
        return Optional.ofNullable(session.scope());
    }

    /**
     * Closes the embedded H2 database opened by {@link #h2(Path)} or {@link #h2InMemory()};
     * for storage on an application's data source, does nothing (the application owns it).
     */
    @Override
    public void close() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                throw SqlErrors.translate("close the H2 database", null, e);
            }
        }
    }
}
