package org.minzheng.tck.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.OverlappingStandardValuesException;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.runtime.Programs;
import org.minzheng.core.standards.StandardsResolver;
import org.minzheng.core.standards.Unit;
import org.minzheng.spi.SpiVersion;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * Runs the checks of the standards-provider contract against one provider (标准提供者合规检查器) and
 * returns what is wrong as {@link Finding}s, each naming its {@link StandardsCheck} and what to fix. An
 * empty list means the check passed. {@link StandardsProviderContract} turns these into JUnit tests; the
 * checker is usable on its own (e.g. from a build script).
 *
 * <p>Not thread-safe: one checker per thread. The provider's values are read once with {@link
 * StandardsQuery#all()} (and again where a check needs it).
 */
public final class StandardsProviderChecker {

    /** Earliest plausible start of a standard: the founding of the People's Republic. */
    static final LocalDate EARLIEST = StandardValue.EARLIEST;
    /** Latest plausible end of a standard. */
    static final LocalDate LATEST = StandardValue.LATEST;

    private static final int THREADS = 4;
    private static final int ROUNDS_PER_THREAD = 8;

    private final StandardsProvider provider;
    private final Coverage coverage;
    private final List<StandardsProvider> companions;
    private final Programs programs;

    /**
     * A checker for a provider whose coverage needs no other provider.
     *
     * @param provider the provider under test
     * @param coverage what it claims to cover
     * @throws NullPointerException if an argument is null
     */
    public StandardsProviderChecker(StandardsProvider provider, Coverage coverage) {
        this(provider, coverage, List.of());
    }

    /**
     * A checker for a provider that relies on others for part of its coverage (e.g. a county file laid
     * over a provincial plugin): the coverage and relation checks resolve over all of them, the other
     * checks look at {@code provider} alone.
     *
     * @param provider the provider under test
     * @param coverage what the providers together claim to cover
     * @param companions the other providers
     * @throws NullPointerException if an argument or element is null
     */
    public StandardsProviderChecker(StandardsProvider provider, Coverage coverage,
            List<StandardsProvider> companions) {
        this(provider, coverage, companions, Programs.discover());
    }

    /**
     * A checker against the standards and relations of given programs — the built-ins and a plugin's own, whose
     * standards the provider supplies.
     *
     * @param provider the provider under test
     * @param coverage what the providers together claim to cover
     * @param companions the other providers
     * @param programs the programs whose standards the providers supply
     * @throws NullPointerException if an argument or element is null
     */
    public StandardsProviderChecker(StandardsProvider provider, Coverage coverage,
            List<StandardsProvider> companions, Programs programs) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.companions = List.copyOf(companions);
        this.programs = Objects.requireNonNull(programs, "programs");
    }

    /**
     * Every check.
     *
     * @return every finding, in check order
     */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>();
        all.addAll(loads());
        all.addAll(spiVersion());
        all.addAll(immutable());
        all.addAll(threadSafe());
        all.addAll(noOverlap());
        all.addAll(intervals());
        all.addAll(valueTypes());
        all.addAll(queries());
        all.addAll(coverage());
        all.addAll(nationalRelations());
        return all;
    }

    /**
     * SP01: the id is well-formed, {@code values(all())} returns a collection without nulls, and the values
     * form a {@link StandardSet}.
     *
     * @return the findings
     */
    public List<Finding> loads() {
        List<Finding> out = new ArrayList<>();
        String id;
        try {
            id = provider.id();
        } catch (RuntimeException e) {
            return List.of(new Finding(StandardsCheck.SP01_LOADS, "id() threw " + e,
                    "return a constant id such as \"jiangsu.zhenjiang\""));
        }
        if (id == null || !id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            out.add(new Finding(StandardsCheck.SP01_LOADS, "provider id '" + id + "' is malformed",
                    "use lower-case words (a-z, 0-9) separated by '.' or '-', e.g. jiangsu.zhenjiang"));
            return out;
        }
        Collection<StandardValue<?>> values;
        try {
            values = provider.values(StandardsQuery.all());
        } catch (RuntimeException e) {
            out.add(new Finding(StandardsCheck.SP01_LOADS, "values(StandardsQuery.all()) threw " + e,
                    "make the provider load its data in its constructor or lazily without failing; "
                            + "a data-file error must be fixed in the file it names"));
            return out;
        }
        if (values == null) {
            out.add(new Finding(StandardsCheck.SP01_LOADS, "values(StandardsQuery.all()) returned null",
                    "return an empty collection when there are no values, never null"));
            return out;
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            out.add(new Finding(StandardsCheck.SP01_LOADS, "values(StandardsQuery.all()) contains null",
                    "remove the null elements"));
            return out;
        }
        if (values.isEmpty()) {
            out.add(new Finding(StandardsCheck.SP01_LOADS, "provider '" + id + "' has no values",
                    "supply the values of the standards it covers"));
        }
        return out;
    }

    /**
     * SP02: {@code spiVersion()} parses and this runtime accepts it, and the runtime registers the provider.
     *
     * @return the findings
     */
    public List<Finding> spiVersion() {
        String text;
        try {
            text = provider.spiVersion();
            SpiVersion built = SpiVersion.parse(Objects.requireNonNull(text, "spiVersion() returned null"));
            if (!SpiVersion.CURRENT.accepts(built)) {
                return List.of(new Finding(StandardsCheck.SP02_SPI_VERSION, "the provider states SPI " + built
                        + " but this runtime implements SPI " + SpiVersion.CURRENT,
                        "rebuild the plugin against this minzheng release and return StandardsProvider.SPI_VERSION"));
            }
        } catch (RuntimeException e) {
            return List.of(new Finding(StandardsCheck.SP02_SPI_VERSION, "spiVersion() is not a valid version: " + e
                    .getMessage(), "implement spiVersion() as 'return SPI_VERSION;'"));
        }
        if (!StandardsProvider.SPI_VERSION.equals(text)) {
            return List.of(new Finding(StandardsCheck.SP02_SPI_VERSION, "the provider states SPI " + text
                    + ", not the version it was compiled against (" + StandardsProvider.SPI_VERSION + ")",
                    "implement spiVersion() as 'return SPI_VERSION;' so the compiler records the real version"));
        }
        try {
            org.minzheng.runtime.StandardsProviders.builder().discovery(false).add(provider).build();
        } catch (RuntimeException e) {
            return List.of(new Finding(StandardsCheck.SP02_SPI_VERSION, "the runtime refuses the provider: "
                    + e.getMessage(), "fix what the message names"));
        }
        return List.of();
    }

    /**
     * SP03: the returned collection cannot be changed (or changing it does not change the provider), and
     * two calls return equal values.
     *
     * @return the findings
     */
    public List<Finding> immutable() {
        List<Finding> out = new ArrayList<>();
        Collection<StandardValue<?>> first = safeValues(StandardsQuery.all());
        if (first == null) {
            return out;
        }
        List<StandardValue<?>> copy = List.copyOf(first);
        try {
            first.clear();
        } catch (UnsupportedOperationException expected) {
            // the collection is unmodifiable: good
        }
        Collection<StandardValue<?>> second = safeValues(StandardsQuery.all());
        if (second == null || !new HashSet<>(copy).equals(new HashSet<>(second)) || copy.size() != second.size()) {
            out.add(new Finding(StandardsCheck.SP03_IMMUTABLE,
                    "values(all()) changed after the caller cleared the collection it returned, or between two calls",
                    "return an unmodifiable collection (List.copyOf) built once, and never change it afterwards"));
        }
        return out;
    }

    /**
     * SP04: four threads querying at once get the same values as one thread.
     *
     * @return the findings
     */
    public List<Finding> threadSafe() {
        Collection<StandardValue<?>> baseline = safeValues(StandardsQuery.all());
        if (baseline == null) {
            return List.of();
        }
        Set<StandardValue<?>> expected = new HashSet<>(baseline);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Finding> out = new ArrayList<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Boolean> task = () -> {
                    for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
                        if (!expected.equals(new HashSet<>(provider.values(StandardsQuery.all())))) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(pool.submit(task));
            }
            for (Future<Boolean> f : results) {
                if (!f.get(60, TimeUnit.SECONDS)) {
                    out.add(new Finding(StandardsCheck.SP04_THREAD_SAFE,
                            "concurrent calls of values(all()) returned values different from a single call",
                            "load the values once (in the constructor, or with a thread-safe lazy holder) and "
                                    + "share them read-only"));
                    break;
                }
            }
        } catch (ExecutionException e) {
            out.add(new Finding(StandardsCheck.SP04_THREAD_SAFE, "a concurrent call of values(all()) threw "
                    + e.getCause(), "make the provider safe for concurrent use: no unsynchronised lazy state"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.add(new Finding(StandardsCheck.SP04_THREAD_SAFE, "interrupted while checking", "run again"));
        } catch (java.util.concurrent.TimeoutException e) {
            out.add(new Finding(StandardsCheck.SP04_THREAD_SAFE, "concurrent calls did not finish within 60 s",
                    "look for a deadlock in the provider's loading"));
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * SP05: no two values of one standard and region share a day.
     *
     * @return the findings
     */
    public List<Finding> noOverlap() {
        Collection<StandardValue<?>> values = safeValues(StandardsQuery.all());
        if (values == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<StandardValue<?>> list = new ArrayList<>(values);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (list.get(i).overlaps(list.get(j))) {
                    out.add(new Finding(StandardsCheck.SP05_NO_OVERLAP, list.get(i) + " overlaps " + list.get(j),
                            "end the earlier value ('until') on or before the later one's 'from', or delete one"));
                }
            }
        }
        if (out.isEmpty()) {
            try {
                StandardSet.of(provider.id(), provider.priority(), values);
            } catch (OverlappingStandardValuesException e) {
                out.add(new Finding(StandardsCheck.SP05_NO_OVERLAP, e.getMessage(),
                        "end the earlier value on or before the later one's start"));
            }
        }
        return out;
    }

    /**
     * SP06: every interval starts before it ends, lies between 1949-10-01 and
     * 2100-01-01, and every value names a source.
     *
     * @return the findings
     */
    public List<Finding> intervals() {
        Collection<StandardValue<?>> values = safeValues(StandardsQuery.all());
        if (values == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (StandardValue<?> v : values) {
            if (v.until().isPresent() && !v.from().isBefore(v.until().get())) {
                out.add(new Finding(StandardsCheck.SP06_INTERVALS, v + " ends before it starts",
                        "set 'until' after 'from' (the interval is [from, until))"));
            }
            if (v.from().isBefore(EARLIEST) || v.until().map(u -> u.isAfter(LATEST)).orElse(false)
                    || v.from().isAfter(LATEST)) {
                out.add(new Finding(StandardsCheck.SP06_INTERVALS, v + " has a date outside " + EARLIEST + " .. "
                        + LATEST, "check the year of 'from' and 'until' (a typo such as 2202 for 2022?)"));
            }
            if (v.source().isBlank()) {
                out.add(new Finding(StandardsCheck.SP06_INTERVALS, v + " names no source",
                        "give the document number that set it, or 'illustrative'"));
            }
        }
        return out;
    }

    /**
     * SP07: every value's standard is the catalogue's standard of that code, and the value is of the
     * standard's type and range.
     *
     * @return the findings
     */
    public List<Finding> valueTypes() {
        Collection<StandardValue<?>> values = safeValues(StandardsQuery.all());
        if (values == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (StandardValue<?> v : values) {
            Standard<?> s = v.standard();
            Optional<Standard<?>> catalogued = programs.standards().stream().filter(c -> c.code().equals(s.code()))
                    .findFirst();
            if (catalogued.isEmpty()) {
                out.add(new Finding(StandardsCheck.SP07_VALUE_TYPES, "standard '" + s.code()
                        + "' is read by no registered program", "use a code listed in docs/standards.md, or register "
                                + "the program that declares it (Programs.builder().add(yourProgramProvider))"));
                continue;
            }
            if (!catalogued.get().valueType().equals(s.valueType())) {
                out.add(new Finding(StandardsCheck.SP07_VALUE_TYPES, "standard '" + s.code() + "' is declared with type "
                        + s.valueType() + " but the program's type is " + catalogued.get().valueType(),
                        "use the program's constant for " + s.code() + " instead of building your own"));
                continue;
            }
            if (!s.valueType().isAllowed(v.value())) {
                out.add(new Finding(StandardsCheck.SP07_VALUE_TYPES, v + " is not " + s.valueType().allowedValues(),
                        "write " + s.valueType().allowedValues()));
            }
        }
        return out;
    }

    /**
     * SP08: for every covered region and checked date, {@code values(forRegion(region, date))} returns at
     * least every value of {@code values(all())} that matches that query.
     *
     * @return the findings
     */
    public List<Finding> queries() {
        Collection<StandardValue<?>> all = safeValues(StandardsQuery.all());
        if (all == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (RegionCode region : sortedRegions()) {
            for (LocalDate date : datesToCheck(all)) {
                StandardsQuery q = StandardsQuery.forRegion(region, date);
                Collection<StandardValue<?>> answer = provider.values(q);
                Set<StandardValue<?>> got = answer == null ? Set.of() : new HashSet<>(answer);
                for (StandardValue<?> v : all) {
                    if (q.matches(v) && !got.contains(v)) {
                        out.add(new Finding(StandardsCheck.SP08_QUERY, "values(" + q + ") omits " + v,
                                "return every value the query matches (StandardsQuery.matches); returning more is allowed"));
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /**
     * SP09: for every covered region and checked date, every mandatory standard of every program resolves.
     *
     * @return the findings, at most one per standard and region (the first date it fails)
     */
    public List<Finding> coverage() {
        StandardsResolver resolver = resolver();
        if (resolver == null) {
            return List.of(new Finding(StandardsCheck.SP09_COVERAGE, "the providers' values cannot be combined",
                    "fix the SP01 and SP05 findings first"));
        }
        List<Finding> out = new ArrayList<>();
        Collection<StandardValue<?>> all = allValues();
        for (RegionCode region : sortedRegions()) {
            Set<String> reported = new HashSet<>();
            for (LocalDate date : datesToCheck(all)) {
                ResolvedStandards r = resolver.resolve(region, date);
                for (Standard<?> s : programs.standards()) {
                    if (s.mandatory() && r.find(s).isEmpty() && reported.add(s.code())) {
                        out.add(new Finding(StandardsCheck.SP09_COVERAGE, "mandatory standard " + s.code() + " ("
                                + s.chineseName() + ") has no value for region " + region.shortForm() + " on " + date,
                                "add a value of " + s.code() + " for " + region.shortForm()
                                        + " or one of its ancestors in force on " + date
                                        + ", or narrow the coverage you claim"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * SP10: for every covered region and checked date, every relation every program declares between its standards
     * holds ({@link StandardsRelation}), and every share lies in [0, 1].
     *
     * @return the findings, at most one per relation and region
     */
    public List<Finding> nationalRelations() {
        StandardsResolver resolver = resolver();
        if (resolver == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (RegionCode region : sortedRegions()) {
            Set<String> reported = new HashSet<>();
            for (LocalDate date : datesToCheck(allValues())) {
                ResolvedStandards r = resolver.resolve(region, date);
                String where = " for region " + region.shortForm() + " on " + date;
                for (Standard<?> s : programs.standards()) {
                    if (s.unit() == Unit.SHARE && r.find(s).isPresent()) {
                        BigDecimal share = (BigDecimal) r.find(s).get();
                        if ((share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) && reported.add(s.code())) {
                            out.add(new Finding(StandardsCheck.SP10_NATIONAL_RELATIONS, s.code() + " = "
                                    + share.toPlainString() + where + " is not a share in [0, 1]",
                                    "write a share as a fraction (0.3 for 30 %)"));
                        }
                    }
                }
                for (ProgramRule<?> p : programs.all()) {
                    for (StandardsRelation relation : p.relations()) {
                        Optional<String> wrong = relation.test(r);
                        if (wrong.isPresent() && reported.add(p.code() + ":" + relation.description())) {
                            out.add(new Finding(StandardsCheck.SP10_NATIONAL_RELATIONS, p.code() + ": "
                                    + relation.description() + " — " + wrong.get() + where, relation.fix()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * SP11: {@link ServiceLoader} finds a provider of the same class with the same id. Only meaningful for
     * providers published for discovery.
     *
     * @param loader the class loader to search
     * @return the findings
     */
    public List<Finding> discovery(ClassLoader loader) {
        for (StandardsProvider p : ServiceLoader.load(StandardsProvider.class, loader)) {
            if (p.getClass().equals(provider.getClass()) && p.id().equals(provider.id())) {
                return List.of();
            }
        }
        return List.of(new Finding(StandardsCheck.SP11_DISCOVERY, "ServiceLoader does not find "
                + provider.getClass().getName(), "add 'provides org.minzheng.spi.StandardsProvider with "
                        + provider.getClass().getName() + ";' to module-info.java and the class name to "
                        + "META-INF/services/org.minzheng.spi.StandardsProvider, and give the class a public "
                        + "no-argument constructor"));
    }

    private Collection<StandardValue<?>> safeValues(StandardsQuery q) {
        try {
            Collection<StandardValue<?>> v = provider.values(q);
            return v == null || v.stream().anyMatch(Objects::isNull) ? null : v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Collection<StandardValue<?>> allValues() {
        List<StandardValue<?>> all = new ArrayList<>();
        Collection<StandardValue<?>> own = safeValues(StandardsQuery.all());
        if (own != null) {
            all.addAll(own);
        }
        for (StandardsProvider c : companions) {
            all.addAll(c.values(StandardsQuery.all()));
        }
        return all;
    }

    private StandardsResolver resolver() {
        try {
            List<StandardSet> sets = new ArrayList<>();
            Collection<StandardValue<?>> own = safeValues(StandardsQuery.all());
            if (own == null) {
                return null;
            }
            sets.add(StandardSet.of(provider.id(), provider.priority(), own));
            for (StandardsProvider c : companions) {
                sets.add(StandardSet.of(c.id(), c.priority(), c.values(StandardsQuery.all())));
            }
            return StandardsResolver.of(sets);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<RegionCode> sortedRegions() {
        List<RegionCode> regions = new ArrayList<>(coverage.regions());
        regions.sort((a, b) -> a.value().compareTo(b.value()));
        return regions;
    }

    /**
     * The first day of every covered month, and every covered day on which a value starts, plus the day
     * before every covered day on which a value ends.
     */
    private TreeSet<LocalDate> datesToCheck(Collection<StandardValue<?>> values) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate d = coverage.from().withDayOfMonth(1); d.isBefore(coverage.until()); d = d.plusMonths(1)) {
            if (coverage.covers(d)) {
                dates.add(d);
            }
        }
        dates.add(coverage.from());
        dates.add(coverage.until().minusDays(1));
        for (StandardValue<?> v : values) {
            if (coverage.covers(v.from())) {
                dates.add(v.from());
            }
            v.until().map(u -> u.minusDays(1)).filter(coverage::covers).ifPresent(dates::add);
        }
        return dates;
    }
}
