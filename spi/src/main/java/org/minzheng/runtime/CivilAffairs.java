package org.minzheng.runtime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Assessor;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.IncompatibleProviderException;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * The one entry point an embedding application needs (民政业务运行时): standards providers, regional
 * rules and the calculators composed, with time injected.
 *
 * <pre>{@code
 * CivilAffairs ca = CivilAffairs.builder()
 *     .standards(StandardsProviders.of(new MyCityStandards()))
 *     .clock(Clock.systemDefaultZone())
 *     .build();
 * Decision d = ca.assess(Program.DIBAO, household, YearMonth.of(2022, 10));
 * }</pre>
 *
 * <p>A month is assessed with the standards in force on its <b>first day</b>, resolved for the
 * household's region (decision record 0020). Resolved standards and regional rules are cached per
 * (region, date), so batch assessment resolves once per region and month.
 *
 * <p>Immutable and thread-safe.
 */
public final class CivilAffairs {

    /** Resolution cache entries kept before the cache is cleared (regions × months of a long-running host). */
    static final int CACHE_LIMIT = 10_000;

    private final StandardsProviders providers;
    private final List<StandardsProvider> rulesOrder;
    private final Clock clock;
    private final Reform reform;
    private final Storage storage;
    private final ConcurrentHashMap<Key, Resolved> cache = new ConcurrentHashMap<>();
    /** The last resolution, for the common case of many subjects of one region and month in a row. */
    private volatile Resolved last;

    private record Key(RegionCode region, YearMonth month) {
    }

    private record Resolved(RegionCode region, YearMonth month, ResolvedStandards standards, Assessor assessor) {
    }

    private CivilAffairs(StandardsProviders providers, Clock clock, Reform reform, Storage storage) {
        this.providers = providers;
        this.clock = clock;
        this.reform = reform;
        this.storage = storage;
        List<StandardsProvider> order = new ArrayList<>(providers.providers());
        order.sort(Comparator.comparingInt(StandardsProvider::priority).reversed().thenComparing(StandardsProvider::id));
        this.rulesOrder = List.copyOf(order);
    }

    /**
     * Starts a runtime.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses a household program (低保; 临时救助 needs {@link #assess(Program, AssessmentRequest, YearMonth)}
     * with the need).
     *
     * @param program a household program
     * @param household the household
     * @param month the month
     * @return the decision
     * @throws IllegalArgumentException if the program assesses persons, or has no calculator
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     * @throws NullPointerException if an argument is null
     */
    public Decision assess(Program program, Household household, YearMonth month) {
        return assess(program, AssessmentRequest.forHousehold(household).build(), month);
    }

    /**
     * Assesses a person program for a member of a household.
     *
     * @param program a person program
     * @param household the household the person lives in
     * @param person the member
     * @param month the month
     * @return the decision
     * @throws IllegalArgumentException if the program assesses households, has no calculator, or the person is
     *         not a member
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     * @throws NullPointerException if an argument is null
     */
    public Decision assess(Program program, Household household, PersonId person, YearMonth month) {
        return assess(program, AssessmentRequest.forPerson(household, person).build(), month);
    }

    /**
     * Assesses a subject described by a full request (enrolments, supporters, temporary need, …).
     *
     * @param program the program
     * @param request the request
     * @param month the month
     * @return the decision
     * @throws IllegalArgumentException if the request does not fit the program
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     * @throws NullPointerException if an argument is null
     */
    public Decision assess(Program program, AssessmentRequest request, YearMonth month) {
        Objects.requireNonNull(program, "program");
        Resolved r = resolved(request.household().region(), Objects.requireNonNull(month, "month"));
        return r.assessor().assess(program, request, r.standards(), month);
    }

    /**
     * Assesses many subjects for one program and month (批量测算), in order. Standards are resolved once per
     * region; explanations are not rendered.
     *
     * @param program the program
     * @param requests the subjects
     * @param month the month
     * @return the decisions, in the order of the requests
     * @throws IllegalArgumentException if a request does not fit the program (the batch stops there)
     * @throws org.minzheng.core.standards.MissingStandardException if a standard has no value for a subject's
     *         region (the batch stops there)
     * @throws NullPointerException if an argument or request is null
     */
    public List<Decision> assessAll(Program program, Collection<AssessmentRequest> requests, YearMonth month) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(month, "month");
        List<Decision> result = new ArrayList<>(requests.size());
        RegionCode lastRegion = null;
        Resolved last = null;
        for (AssessmentRequest request : requests) {
            RegionCode region = request.household().region();
            if (!region.equals(lastRegion)) {
                last = resolved(region, month);
                lastRegion = region;
            }
            result.add(last.assessor().assess(program, request, last.standards(), month));
        }
        return result;
    }

    /**
     * The standards in force for a region in a month (on its first day), with this runtime's reform applied.
     *
     * @param region the region
     * @param month the month
     * @return the resolved standards
     * @throws NullPointerException if an argument is null
     */
    public ResolvedStandards standards(RegionCode region, YearMonth month) {
        return resolved(Objects.requireNonNull(region, "region"), Objects.requireNonNull(month, "month")).standards();
    }

    /**
     * The rules applied in a region: the first provider (by priority, then id) that answers, else national.
     *
     * @param region the region
     * @param month the month
     * @return the rules
     * @throws NullPointerException if an argument is null
     */
    public RegionalRules rules(RegionCode region, YearMonth month) {
        return resolved(Objects.requireNonNull(region, "region"), Objects.requireNonNull(month, "month"))
                .assessor().rules();
    }

    /**
     * A runtime sharing these providers and clock, with a reform laid over every resolution (what-if).
     *
     * @param what the reform
     * @return a new runtime; this one is unchanged
     * @throws NullPointerException if {@code what} is null
     */
    public CivilAffairs withReform(Reform what) {
        return new CivilAffairs(providers, clock, Objects.requireNonNull(what, "what"), storage);
    }

    /**
     * The storage the monthly run and the reports work on.
     *
     * @return the storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Runs a month for a region (月度运行): every case active, in gradual exit or approved in the
     * region is re-assessed with the standards in force that month, dynamic management applied
     * (income above the standard → 渐退 for {@code dibao.grace-months}, then termination; other
     * loss of eligibility → termination; approved → payments start the month after approval;
     * persons reaching 80 → 尊老金 case opened), and the month's amounts posted to the ledger.
     * 临时救助 is decided on application, not here.
     *
     * <p>Idempotent and safe to interrupt: running a month again posts only what is missing
     * (nothing after a complete run), and a run stopped by an exception, a crash or an interrupt
     * is completed by running the month again. A failing case never aborts the run; it is listed
     * in {@link MonthlyRun#failures()}. Logs go through SLF4J (logger
     * {@code org.minzheng.runtime.MonthlyRunner}) and name cases by identifier only.
     *
     * @param month the month
     * @param region the region (a county, a township …)
     * @return the summary
     * @throws NullPointerException if an argument is null
     * @throws org.minzheng.spi.storage.StorageException if the region's records cannot be loaded
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region) {
        return runMonth(month, region, MonthlyRunListener.NONE);
    }

    /**
     * Runs a month for a region, reporting progress to a listener.
     *
     * @param month the month
     * @param region the region
     * @param listener the listener (e.g. a progress bar)
     * @return the summary
     * @throws NullPointerException if an argument is null
     * @throws org.minzheng.spi.storage.StorageException if the region's records cannot be loaded
     * @see #runMonth(YearMonth, RegionCode)
     */
    public MonthlyRun runMonth(YearMonth month, RegionCode region, MonthlyRunListener listener) {
        return new MonthlyRunner(storage, new CalculatorAssessor(this), clock, MONTHLY_RUN_BATCH).run(month, region, listener);
    }

    /**
     * The district report (统计报表) for a region and a range of months, computed from storage.
     *
     * @param region the region
     * @param from the first month, inclusive
     * @param to the last month, inclusive
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public DistrictReport report(RegionCode region, YearMonth from, YearMonth to) {
        return report(region, from, to, Map.of());
    }

    /**
     * The district report with names for the region and its townships.
     *
     * @param region the region
     * @param from the first month, inclusive
     * @param to the last month, inclusive
     * @param names region names for tables and charts (e.g. 321112001 → 高资街道)
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public DistrictReport report(RegionCode region, YearMonth from, YearMonth to, Map<RegionCode, String> names) {
        CalculatorAssessor assessor = new CalculatorAssessor(this);
        Storage view = storage.scopedTo(region);
        return DistrictReports.compute(storage, region, from, to, clock.getZone(), names,
                c -> assessor.childCategory(view, c, to));
    }

    /** Cases per transaction in a monthly run. */
    static final int MONTHLY_RUN_BATCH = 500;

    /**
     * The current month by the injected clock.
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
     * The reform applied to every resolution.
     *
     * @return the reform, or empty
     */
    public Optional<Reform> reform() {
        return Optional.ofNullable(reform);
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
        LocalDate date = key.month().atDay(1);
        ResolvedStandards s = providers.resolver().resolve(key.region(), date);
        if (reform != null) {
            s = s.with(reform);
        }
        StandardsQuery query = StandardsQuery.forRegion(key.region(), date);
        RegionalRules rules = RegionalRules.NATIONAL;
        for (StandardsProvider p : rulesOrder) {
            Optional<RegionalRules> answer;
            try {
                answer = p.rules(query);
            } catch (RuntimeException e) {
                throw new IncompatibleProviderException(p.id(), "standards provider '" + p.id()
                        + "' failed to supply regional rules for " + key.region().shortForm() + ": " + e.getMessage(), e);
            }
            if (answer == null) {
                throw new IncompatibleProviderException(p.id(), "standards provider '" + p.id()
                        + "' returned null rules; return Optional.empty() for the national rules", null);
            }
            if (answer.isPresent()) {
                rules = answer.get();
                break;
            }
        }
        return new Resolved(key.region(), key.month(), s, Assessor.withRules(rules));
    }

    /** E.g. {@code CivilAffairs[StandardsProviders[dantu (100)], SystemClock[Asia/Shanghai]]}. */
    @Override
    public String toString() {
        return "CivilAffairs[" + providers + ", " + clock + (reform == null ? "" : ", " + reform) + "]";
    }

    /**
     * Builds {@link CivilAffairs}. Not thread-safe.
     */
    public static final class Builder {
        private StandardsProviders providers;
        private Clock clock;
        private Reform reform;
        private Storage storage;

        private Builder() {
        }

        /**
         * Sets the storage the monthly run and the reports work on (default: a new
         * {@link InMemoryStorage}). The runtime does not close it.
         *
         * @param value the storage, e.g. {@code JdbcStorage.h2(Path.of("data"))}
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder storage(Storage value) {
            this.storage = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the standards providers. When never called, {@link StandardsProviders#discover()} is used.
         *
         * @param value the providers
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder standards(StandardsProviders value) {
            this.providers = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the standards providers to exactly these, without discovery.
         *
         * @param value the providers
         * @return this builder
         * @throws IncompatibleProviderException if a provider is refused
         * @throws org.minzheng.core.standards.OverlappingStandardValuesException if their values overlap
         * @throws NullPointerException if an argument is null
         */
        public Builder standards(StandardsProvider... value) {
            this.providers = StandardsProviders.of(value);
            return this;
        }

        /**
         * Sets the clock (default: {@link Clock#systemDefaultZone()}). Only {@link CivilAffairs#currentMonth()} and
         * later storage features read it; assessment takes the month as a parameter.
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Lays a reform over every resolution (what-if runs).
         *
         * @param value the reform
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder reform(Reform value) {
            this.reform = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the runtime.
         *
         * @return the runtime
         * @throws IncompatibleProviderException if discovery finds a refused provider
         */
        public CivilAffairs build() {
            return new CivilAffairs(providers != null ? providers : StandardsProviders.discover(),
                    clock != null ? clock : Clock.systemDefaultZone(), reform,
                    storage != null ? storage : InMemoryStorage.create());
        }
    }
}
