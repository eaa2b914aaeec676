package org.minzheng.runtime;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.Storage;

/**
 * The one entry point an embedding application needs (民政业务运行时): the programs (built in and from regional
 * plugins), the standards providers and a storage composed, with time injected.
 *
 * <pre>{@code
 * CivilAffairs ca = CivilAffairs.builder()
 *     .standards(StandardsProviders.of(new MyCityStandards()))
 *     .clock(Clock.systemDefaultZone())
 *     .build();
 * Decision d = ca.assess(NationalPrograms.DIBAO, household, YearMonth.of(2022, 10));
 * }</pre>
 *
 * <p>A month is assessed with the standards in force on its <b>first day</b>, resolved for the subject's region
 * (decision record 0020), by the program's rule for that region (a regional variant where a plugin declares one).
 * Resolved standards are cached per (region, month), so batch assessment resolves once per region and month.
 *
 * <p>Thread-safe; its configuration is immutable. It caches resolved standards, and what the last monthly run
 * computed (decision record 0400), and neither cache changes a result.
 */
public final class CivilAffairs {

    /** Resolution cache entries kept before the cache is cleared (regions × months of a long-running host). */
    static final int CACHE_LIMIT = 10_000;

    /** Cases per transaction in the monthly run, unless the builder sets it (decision record 0422). */
    static final int MONTHLY_RUN_BATCH = 500;

    /**
     * The most cases per transaction a builder accepts: a batch's decisions are held until it commits, up to
     * {@code MonthlyRunner.AHEAD} batches per thread are decided ahead (decision record 0401), and a batch that
     * fails is retried case by case; beyond this a batch no longer saves commits worth its cost.
     */
    static final int MAX_MONTHLY_RUN_BATCH = 20_000;

    private final StandardsProviders providers;
    private final Programs programs;
    private final Clock clock;
    private final Reform reform;
    private final Storage storage;
    private final ConcurrentHashMap<Key, Resolved> cache = new ConcurrentHashMap<>();
    /** The last resolution, for the common case of many subjects of one region and month in a row. */
    private volatile Resolved last;
    /**
     * What the last monthly run computed (decision record 0400): a cache, kept softly so that memory short of it drops
     * it, and used only when every input it records is unchanged.
     */
    private volatile java.lang.ref.SoftReference<RunMemo> runMemo;
    /** Whether monthly runs keep what they computed for a run of the same month again (decision record 0400). */
    private final boolean rememberRuns;
    /** Cases per transaction in the monthly run ({@link Builder#monthlyRunBatch}). */
    private final int monthlyRunBatch;

    private record Key(RegionCode region, YearMonth month) {
    }

    private record Resolved(RegionCode region, YearMonth month, ResolvedStandards standards) {
    }

    private CivilAffairs(StandardsProviders providers, Programs programs, Clock clock, Reform reform, Storage storage,
                         boolean rememberRuns, int monthlyRunBatch) {
        this.providers = providers;
        this.rememberRuns = rememberRuns;
        this.monthlyRunBatch = monthlyRunBatch;
        this.programs = programs;
        this.clock = clock;
        this.reform = reform;
        this.storage = storage;
    }

    /**
     * Starts building a runtime.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses a household for a household program, from the household alone (no enrolments, no application).
     *
     * @param program the program, e.g. {@code NationalPrograms.DIBAO}
     * @param household the household
     * @param month the month assessed
     * @return the decision
     * @throws UnknownProgramException if no program has the code
     * @throws IllegalArgumentException if the program assesses persons
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public Decision assess(ProgramCode program, Household household, YearMonth month) {
        return assess(program, SubjectFacts.forHousehold(household, month).build());
    }

    /**
     * Assesses a member of a household for a person program, from the household and the storage (no enrolments, no
     * application). Supporters and a child's parents are read from the household and the member's record ({@link
     * org.minzheng.core.rule.Kinship}); a relative recorded on the member with a reference to a person stored in
     * another household is looked up in this runtime's {@linkplain #storage() storage} and passed with that person's
     * own record and income, as the monthly run and screening do (decision record 0359). No enrolments are read, so
     * such a relative has no programs here (the run gives those of the month); a relative the storage cannot find,
     * or may not read (a storage scoped to another region), stays as described on the record.
     *
     * @param program the program
     * @param household the household the person lives in
     * @param person the member assessed
     * @param month the month assessed
     * @return the decision
     * @throws UnknownProgramException if no program has the code
     * @throws IllegalArgumentException if the program assesses households, or the person is no member
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public Decision assess(ProgramCode program, Household household, PersonId person, YearMonth month) {
        SubjectFacts.Builder facts = SubjectFacts.forPerson(household, person, month);
        household.member(person).map(m -> m.person())
                .filter(p -> p.relatives().stream().anyMatch(r -> r.person().isPresent()))
                .ifPresent(p -> StoredRelatives.of(p, household, this::storedHouseholdOf, Enrolments.none())
                        .forEach(facts::supporter));
        return assess(program, facts.build());
    }

    /** The stored household of a person, when the storage holds it and may show it. */
    private Optional<Household> storedHouseholdOf(PersonId id) {
        try {
            return storage.inSession(s -> s.households().findByMember(id));
        } catch (RegionAccessException e) {
            return Optional.empty();
        }
    }

    /**
     * Assesses a subject for a program from everything known about it.
     *
     * @param program the program
     * @param facts the facts about the subject in the month assessed
     * @return the decision
     * @throws UnknownProgramException if no program has the code
     * @throws IllegalArgumentException if the facts are about the wrong kind of subject or lack what the rule needs
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public Decision assess(ProgramCode program, SubjectFacts facts) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(facts, "facts");
        RegionCode region = facts.region();
        return programs.forRegion(program, region).assess(facts, resolved(region, facts.month()).standards());
    }

    /**
     * Assesses an application of a stored household (e.g. 临时救助) from storage: the household, its region's
     * enrolments at the start of the month and what the ledger shows paid to the household's cases of the program
     * this calendar year ({@link SubjectFacts#paidThisYear}), read the way the monthly run reads its region (decision
     * record 0351), with the application given.
     *
     * @param program the program, a household program
     * @param household the stored household
     * @param application the application being decided
     * @param month the month assessed
     * @return the decision
     * @throws UnknownProgramException if no program has the code
     * @throws org.minzheng.spi.storage.RecordNotFoundException if the household is not stored
     * @throws IllegalArgumentException if the program assesses persons
     */
    public Decision assessApplication(ProgramCode program, org.minzheng.core.registry.HouseholdId household,
                                      org.minzheng.core.rule.Application application, YearMonth month) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(month, "month");
        programs.get(program);
        return storage.inSession(s -> {
            Household h = s.households().get(household);
            RegionCode region = h.region();
            org.minzheng.spi.storage.Storage view = s.scopedTo(region);
            RegistrySnapshot registry = RegistrySnapshot.load(view, region,
                    java.util.Set.copyOf(programs.get(program).recordsRead()), month.atEndOfMonth());
            registry.readLedger(view, region, java.util.Set.of(program), month);
            java.time.Instant monthStart = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
            SubjectFacts facts = registry.facts(org.minzheng.core.program.SubjectRef.household(household), month,
                    registry.enrolmentsBefore(monthStart)).orElseThrow();
            SubjectFacts.Builder b = SubjectFacts.forHousehold(facts.household(), month)
                    .enrolments(facts.enrolments()).records(facts.records()).application(application);
            facts.paidThisYear(program).ifPresent(paid -> b.paidThisYear(program, paid));
            return assess(program, b.build());
        });
    }

    /**
     * Assesses many subjects for one program, resolving standards once per region and month.
     *
     * @param program the program
     * @param facts the facts about each subject
     * @return the decisions, in the order of the facts
     * @throws UnknownProgramException if no program has the code
     */
    public List<Decision> assessAll(ProgramCode program, Collection<SubjectFacts> facts) {
        Objects.requireNonNull(program, "program");
        programs.get(program);
        List<Decision> result = new ArrayList<>(facts.size());
        RegionCode lastRegion = null;
        YearMonth lastMonth = null;
        ResolvedStandards standards = null;
        ProgramRule<?> rule = null;
        for (SubjectFacts f : facts) {
            RegionCode region = f.region();
            if (!region.equals(lastRegion) || !f.month().equals(lastMonth)) {
                standards = resolved(region, f.month()).standards();
                rule = programs.forRegion(program, region);
                lastRegion = region;
                lastMonth = f.month();
            }
            result.add(rule.assess(f, standards));
        }
        return result;
    }

    /**
     * The standards in force for a region in a month (with the reform, if any).
     *
     * @param region the region
     * @param month the month
     * @return the standards
     */
    public ResolvedStandards standards(RegionCode region, YearMonth month) {
        return resolved(Objects.requireNonNull(region, "region"), Objects.requireNonNull(month, "month")).standards();
    }

    /**
     * The programs this runtime knows.
     *
     * @return the programs
     */
    public Programs programs() {
        return programs;
    }

    /**
     * This runtime with a reform applied on top of the resolved standards (for what-if costing).
     *
     * @param what the reform
     * @return a new runtime sharing the providers, programs, clock and storage
     */
    public CivilAffairs withReform(Reform what) {
        return new CivilAffairs(providers, programs, clock, Objects.requireNonNull(what, "what"), storage,
                rememberRuns, monthlyRunBatch);
    }

    /**
     * The storage.
     *
     * @return the storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Runs a month for a region without a listener.
     *
     * @param month the month
     * @param region the region
     * @return what the run did
     * @see #runMonth(YearMonth, RegionCode, MonthlyRunListener)
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region) {
        return runMonth(month, region, MonthlyRunListener.NONE);
    }

    /**
     * Runs a month for a region (月度运行): screens for subjects who qualify for a program that declares screening
     * and have no case, re-assesses every open case with the month's standards, applies dynamic management
     * (start of payments, gradual exit, termination) and posts the month's payments to the idempotent ledger. A
     * failing case never stops the run; running a month again posts nothing new (decision record 0060).
     *
     * @param month the month
     * @param region the region (a county, or a township)
     * @param listener told of progress and failures
     * @return what the run did, by program
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region, MonthlyRunListener listener) {
        return runMonth(month, region, listener, 1);
    }

    /**
     * Runs a month for a region as {@link #runMonth(YearMonth, RegionCode, MonthlyRunListener)} does, deciding
     * cases and assessing the candidates of screening on several threads (多线程月度运行). The result, the case
     * changes, the ledger and the audit entries' contents are the same as with one thread, to the fen and in the
     * same order (decision record 0370): the threads only compute from the region as read at the start of the
     * run; the calling thread applies their results in the order of the cases, reads the store where it must and
     * commits batch after batch, so a store is never used by two threads of one run, and an interrupted or killed
     * run leaves whole batches, as with one thread. Worth it on a machine with cores to spare when the store keeps
     * up (in memory, or a database that is not the bottleneck); a pool of {@code threads} daemon threads lives as
     * long as the run.
     *
     * @param month the month
     * @param region the region (a county, or a township)
     * @param listener told of progress and failures (always on the calling thread)
     * @param threads how many threads decide cases (1: all on the calling thread, as the other overloads do)
     * @return what the run did, by program
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region, MonthlyRunListener listener, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 (线程数至少为1)");
        }
        // one session for the whole run: a database store serves it with one connection (decision record 0173)
        return storage.inSession(s -> new MonthlyRunner(this, s, clock, monthlyRunBatch, threads)
                .run(month, region, listener));
    }

    /**
     * Costs a reform (改革方案测算) over a region's registry for a period, listing the ten households whose payments
     * change most.
     *
     * @param reform the reform: new values of standards, possibly limited to a region and effective from a date
     * @param region the region (a county or a township)
     * @param from the first month
     * @param to the last month
     * @return the cost today and under the reform by program, township and month
     * @throws IllegalArgumentException if the period ends before it starts or is longer than ten years
     * @see #costReform(Reform, RegionCode, YearMonth, YearMonth, int)
     */
    public ReformCosting costReform(Reform reform, RegionCode region, YearMonth from, YearMonth to) {
        return costReform(reform, region, from, to, 10);
    }

    /**
     * Costs a reform (改革方案测算): what the region's programs would pay each month of a period with the standards in
     * force (现行) and with the reform's values laid over them (改革后), on the rules of the monthly run — the same
     * schedules, screening, start of payments, gradual exit and termination, month after month from the cases as
     * stored — and who would become eligible or stop being eligible. A subject with no case who would qualify under
     * the reform but not today is counted as newly eligible at the reform's amount (as if every such household
     * applied); one who qualifies in both is not counted (it has not applied today either). Exact to the fen.
     *
     * <p>Nothing is written: no case, no payment, no audit entry. For a month not yet run, today's figures are what
     * {@link #runMonth(YearMonth, RegionCode)} would pay; over several months, what the runs would pay month after
     * month with the registry as it is now (changes a caseworker records later are not foreseen). Decision record
     * 0250.
     *
     * @param reform the reform: new values of standards, possibly limited to a region and effective from a date
     * @param region the region (a county or a township)
     * @param from the first month
     * @param to the last month
     * @param largest how many households with the largest change to list (0–1000)
     * @return the cost today and under the reform by program, township and month
     * @throws IllegalArgumentException if the period ends before it starts or is longer than ten years, or
     *         {@code largest} is out of range
     * @throws NullPointerException if an argument is null
     */
    public ReformCosting costReform(Reform reform, RegionCode region, YearMonth from, YearMonth to, int largest) {
        return costReform(reform, region, from, to, largest, 1);
    }

    /**
     * Costs a reform as {@link #costReform(Reform, RegionCode, YearMonth, YearMonth, int)} does, on several threads
     * (分片并行测算): the region's households are split into that many parts of consecutive households, each costed
     * with its cases on a thread of its own, the months kept in step so that what crosses households (enrolments,
     * screening) is the whole region's. The result is the same as on one thread, to the fen (decision record 0391).
     * The threads are started for the call and stopped before it returns.
     *
     * @param reform the reform
     * @param region the region (a county or a township)
     * @param from the first month
     * @param to the last month
     * @param largest how many households with the largest change to list (0–1000)
     * @param threads how many threads (1–64; 1 costs in the calling thread)
     * @return the cost today and under the reform by program, township and month
     * @throws IllegalArgumentException if the period ends before it starts or is longer than ten years, or
     *         {@code largest} or {@code threads} is out of range
     * @throws NullPointerException if an argument is null
     */
    public ReformCosting costReform(Reform reform, RegionCode region, YearMonth from, YearMonth to, int largest,
                                    int threads) {
        ReformCoster.check(reform, region, from, to, largest);
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("the threads of a costing must be 1–64 (测算线程数应在1至64之间): "
                    + threads);
        }
        return new ReformCoster(this, storage, reform, region, from, to, threads).run(from, to, largest);
    }

    /**
     * A district report for a region and period, computed from storage.
     *
     * @param region the region
     * @param from the first month
     * @param to the last month
     * @return the report
     */
    public DistrictReport report(RegionCode region, YearMonth from, YearMonth to) {
        return report(region, from, to, Map.of());
    }

    /**
     * A district report with region names for its tables and charts.
     *
     * @param region the region
     * @param from the first month
     * @param to the last month
     * @param names names by region (e.g. the townships')
     * @return the report
     */
    public DistrictReport report(RegionCode region, YearMonth from, YearMonth to, Map<RegionCode, String> names) {
        return DistrictReports.compute(this, storage, region, from, to, clock.getZone(), names);
    }

    /**
     * The month now, by the clock.
     *
     * @return the month
     */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /**
     * The clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The standards providers.
     *
     * @return the providers
     */
    public StandardsProviders standardsProviders() {
        return providers;
    }

    /**
     * The reform applied, if any.
     *
     * @return the reform
     */
    public Optional<Reform> reform() {
        return Optional.ofNullable(reform);
    }

    /** Whether monthly runs keep what they computed for a run of the same month again ({@link Builder#rememberRuns}). */
    boolean remembersRuns() {
        return rememberRuns;
    }

    /** What the last monthly run kept of what it computed, or null. */
    RunMemo runMemo() {
        java.lang.ref.SoftReference<RunMemo> ref = runMemo;
        return ref == null ? null : ref.get();
    }

    /** Keeps what a monthly run computed in place of the last run's (null: keeps nothing). */
    void runMemo(RunMemo memo) {
        runMemo = memo == null ? null : new java.lang.ref.SoftReference<>(memo);
    }

    private Resolved resolved(RegionCode region, YearMonth month) {
        Resolved r = last;
        if (r != null && r.region().equals(region) && r.month().equals(month)) {
            return r;
        }
        Key key = new Key(region, month);
        r = cache.get(key);
        if (r == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            r = cache.computeIfAbsent(key, this::resolve);
        }
        last = r;
        return r;
    }

    private Resolved resolve(Key key) {
        ResolvedStandards s = providers.resolver().resolve(key.region(), key.month().atDay(1));
        if (reform != null) {
            s = s.with(reform);
        }
        return new Resolved(key.region(), key.month(), s);
    }

    /** E.g. {@code CivilAffairs[StandardsProviders[…], Programs[…], SystemClock[Asia/Shanghai]]}. */
    @Override
    public String toString() {
        return "CivilAffairs[" + providers + ", " + programs + ", " + clock + (reform == null ? "" : ", " + reform) + "]";
    }

    /** Builds {@link CivilAffairs}. Not thread-safe. */
    public static final class Builder {
        private StandardsProviders providers;
        private Programs programs;
        private Clock clock;
        private Reform reform;
        private Storage storage;
        private boolean rememberRuns;
        private int monthlyRunBatch = MONTHLY_RUN_BATCH;

        private Builder() {
        }

        /**
         * Sets the storage (default: a new {@link InMemoryStorage}).
         *
         * @param value the storage
         * @return this builder
         */
        public Builder storage(Storage value) {
            this.storage = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the standards providers (default: {@link StandardsProviders#discover()}).
         *
         * @param value the providers
         * @return this builder
         */
        public Builder standards(StandardsProviders value) {
            this.providers = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets exactly these standards providers, without discovery.
         *
         * @param value the providers
         * @return this builder
         */
        public Builder standards(org.minzheng.spi.StandardsProvider... value) {
            this.providers = StandardsProviders.of(value);
            return this;
        }

        /**
         * Sets the programs (default: {@link Programs#discover()} — the built-ins and every program provider found).
         *
         * @param value the programs
         * @return this builder
         */
        public Builder programs(Programs value) {
            this.programs = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the clock (default: the system clock in the default zone).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets a reform applied on top of the resolved standards.
         *
         * @param value the reform
         * @return this builder
         */
        public Builder reform(Reform value) {
            this.reform = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Whether a monthly run keeps what it computed so that a run of the same region and month again, by this
         * runtime, on a store whose reads share its records ({@link Storage#sharesRecords()}, the in-memory store),
         * skips the screening and the decisions whose inputs are unchanged (decision record 0400). Default: off. A
         * run that remembers keeps every decision it made alive until it ends, which made the first run of a month
         * 25–35 % slower on one core (100,000 households in memory, measured on a quiet machine) for a repeated run
         * up to 1.5× faster; turn it on where months are run again in the same process (corrections, re-runs after a
         * failure), not for a run once a month.
         *
         * @param value whether to remember
         * @return this builder
         */
        public Builder rememberRuns(boolean value) {
            this.rememberRuns = value;
            return this;
        }

        /**
         * Sets how many cases the monthly run commits per transaction (月度运行每个事务提交的案件数; default 500,
         * decision record 0422). The run's result, the cases, the ledger and the audit entries are the same for every
         * value (only the order in which entries of different records interleave in the audit log follows the
         * batches); what changes is the cost. A larger batch commits fewer times — each commit waits for the
         * database's log to reach the disk — but a run killed or interrupted redoes up to one batch more (a run is
         * resumable: running the month again does exactly what is missing), an interrupt waits for the batch being
         * committed, a batch that fails is retried case by case, a batch's decisions are held in memory until it
         * commits, and on several threads a region of fewer than {@code threads} batches is decided by fewer threads
         * (up to 16 batches per thread are decided ahead, decision record 0401). 批次越大提交越少；但中断或失败后重做的
         * 案件越多，占用内存越多，小区域的多线程并行度越低。
         *
         * @param value cases per transaction, from 1 to 20,000
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1 or more than 20,000
         *         (批次大小须在1至20000之间)
         */
        public Builder monthlyRunBatch(int value) {
            if (value < 1 || value > MAX_MONTHLY_RUN_BATCH) {
                throw new IllegalArgumentException("monthlyRunBatch must be from 1 to " + MAX_MONTHLY_RUN_BATCH
                        + ", was " + value + " (月度运行批次大小须在1至" + MAX_MONTHLY_RUN_BATCH + "之间)");
            }
            this.monthlyRunBatch = value;
            return this;
        }

        /**
         * Builds the runtime.
         *
         * @return the runtime
         * @throws org.minzheng.spi.IncompatibleProviderException if a discovered plugin is refused
         */
        public CivilAffairs build() {
            return new CivilAffairs(providers != null ? providers : StandardsProviders.discover(),
                    programs != null ? programs : Programs.discover(),
                    clock != null ? clock : Clock.systemDefaultZone(), reform,
                    storage != null ? storage : InMemoryStorage.create(), rememberRuns,
                    monthlyRunBatch);
        }
    }
}
