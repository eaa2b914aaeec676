package org.minzheng.runtime;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.identity.RegionLevel;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.GradualExit;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;
import org.minzheng.spi.storage.Storage;

/**
 * The engine of {@link CivilAffairs#costReform}: reads a region's registry once and runs the months of the period
 * twice in memory — with the standards in force and with the reform laid over them — by the rules of the monthly
 * run ({@link MonthlyRunner}): the same schedules, screening, start of payments, gradual exit and termination, each
 * world carrying its own case states and payments from month to month. Then it adds the subjects who have no case
 * and would qualify under the reform but not today (they are expected to apply), and compares.
 *
 * <p>It writes nothing: the storage is only read ({@code streamByRegion}, {@code findByCase}).
 *
 * <p><b>Why it is fast.</b> A program whose declared standards (program contract PC02: a rule reads only those) do
 * not include a standard the reform sets, for a subject whose household has the same enrolments in both worlds,
 * decides the same in both: the reform world takes today's decision instead of assessing again. A subject without
 * a case is assessed only for a program the reform touches, or where its household's enrolments differ. "The same
 * enrolments" covers the households of the subject's stored relatives too (their programs are in its facts as
 * supporters'). A subject's facts are built once per month and enrolments and serve every program that assesses it,
 * and both worlds where its household has not diverged (decision 0415). Where a program does read a reformed
 * standard, today's assessment is watched ({@link ResolvedStandards#watchedBy}): a decision that read none of the
 * standards the reform sets is today's in the reform's world too, and a subject eligible under the reform by such a
 * decision is not newly eligible (decision 0435). {@code ReformCostingStraightforwardTest} checks all of this against
 * a plain recomputation ({@link #straightforward}).
 *
 * <p>The decision logic mirrors {@code MonthlyRunner.decide} and {@code screen}; {@code ReformCostingTest} checks
 * that today's figures equal what the monthly run posts on a copy of the registry.
 */
final class ReformCoster {

    private static final Set<CaseState> OPEN = EnumSet.of(CaseState.APPROVED, CaseState.ACTIVE, CaseState.IN_GRACE);
    private static final DateTimeFormatter MONTH_ID = DateTimeFormatter.ofPattern("yyyyMM");

    private final CivilAffairs ca;
    private final Storage view;
    private final RegionCode region;
    private final Reform reform;
    private final ZoneId zone;
    private final RegistrySnapshot registry;
    private final YearMonth from;
    private final int threads;
    /**
     * Whether to cost the plain way, for tests: every subject assessed afresh in both worlds every month, nothing
     * shared between the worlds, nothing kept from one assessment to the next, every program and household looked at
     * for the newly eligible. The optimised way must give the same result (decision 0415).
     */
    private final boolean straightforward;
    private final Map<RegionMonth, ResolvedStandards> reformed = new ConcurrentHashMap<>();
    /** The household of each stored subject, by the subject's identifier (a household's or a person's). */
    private final Map<String, Household> householdById = new HashMap<>();
    private final Map<String, Household> householdOfPerson = new HashMap<>();
    private final Map<String, Person> personById = new HashMap<>();
    /**
     * For each household, the other households with a member who records a relative stored in it: their facts carry
     * that relative's enrolments as a supporter's programs ({@link StoredRelatives}), so when it diverges, so may
     * their decisions.
     */
    private final Map<HouseholdId, List<HouseholdId>> supportedFrom = new HashMap<>();
    /** Whether each program rule (and regional variant) reads a standard the reform sets; read-only once built. */
    private final Map<ProgramRule<?>, Boolean> touched = new IdentityHashMap<>();
    private final Set<Standard<?>> reformStandards;
    /**
     * Households whose enrolments differ between the two worlds from some month on. Written only between the
     * parallel phases of a month (by the thread that runs the costing), read by the parts during them.
     */
    private final Set<HouseholdId> divergent = new HashSet<>();
    /** The households among them whose own cases differ between the worlds (not only a stored relative's). */
    private final Set<HouseholdId> enrolledApart = new HashSet<>();
    /** The part of each household (an index into the parts), for candidates found by screening. */
    private final Map<HouseholdId, Integer> partOf = new HashMap<>();
    private int partCount = 1;
    /** Screening's candidates of a program in a month, split by part: the same in both worlds, found once. */
    private final Map<ProgramCode, List<List<RegistrySnapshot.Candidate>>> candidates = new ConcurrentHashMap<>();
    /** The enrolments of the month being run, today and under the reform, over the whole region. */
    private Enrolments todayEnrolments = Enrolments.none();
    private Enrolments reformEnrolments = Enrolments.none();

    private record RegionMonth(RegionCode region, YearMonth month) {
    }

    /** A program's subject; equals and hashCode written out, as the generated ones are slow in these hot maps. */
    private record Key(ProgramCode program, SubjectRef subject) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Key k && program.equals(k.program) && subject.equals(k.subject);
        }

        @Override
        public int hashCode() {
            return program.hashCode() * 31 + subject.hashCode();
        }
    }

    private record Failure(ProgramCode program, SubjectRef subject, YearMonth month) {
    }

    /**
     * One assessment of today's world, kept for the reform's in the same month: its decision or failure, the region
     * it was made for, and whether it read (or may have read) a standard the reform sets (decision 0435).
     */
    private record Kept(Object outcome, RegionCode region, boolean readsReform) {
    }

    /** One subject's result in one world and month. */
    private record Result(boolean covered, Money amount) {
        static final Result NONE = new Result(false, Money.ZERO);
    }

    ReformCoster(CivilAffairs ca, Storage storage, Reform reform, RegionCode region, YearMonth from, YearMonth to,
                 int threads) {
        this(ca, storage, reform, region, from, to, threads, false);
    }

    /**
     * A costing the optimised way or, with {@code straightforward}, the plain way the tests compare it with.
     */
    ReformCoster(CivilAffairs ca, Storage storage, Reform reform, RegionCode region, YearMonth from, YearMonth to,
                 int threads, boolean straightforward) {
        this.ca = ca;
        this.threads = threads;
        this.straightforward = straightforward;
        this.view = storage.scopedTo(region);
        this.region = region;
        this.reform = reform;
        this.zone = ca.clock().getZone();
        this.from = from;
        this.reformStandards = reform.values().keySet();
        Set<ServiceRecordKind> kinds = EnumSet.noneOf(ServiceRecordKind.class);
        for (ProgramRule<?> p : ca.programs().all()) {
            kinds.addAll(p.recordsRead());
        }
        this.registry = RegistrySnapshot.load(view, region, kinds, to.atEndOfMonth());
        for (Household h : registry.households()) {
            householdById.put(h.id().value(), h);
            for (Member mb : h.members()) {
                householdOfPerson.put(mb.person().id().value(), h);
                personById.put(mb.person().id().value(), mb.person());
            }
        }
        for (Household h : registry.households()) {
            for (Member mb : h.members()) {
                for (org.minzheng.core.registry.Relative r : mb.person().relatives()) {
                    Household theirs = r.person().map(id -> householdOfPerson.get(id.value())).orElse(null);
                    if (theirs != null && theirs != h) {
                        supportedFrom.computeIfAbsent(theirs.id(), k -> new ArrayList<>()).add(h.id());
                    }
                }
            }
        }
        for (ProgramRule<?> p : ca.programs().all()) {
            touched.put(p, reads(p));
            for (var v : ca.programs().variants(p.programCode())) {
                touched.put(v.rule(), reads(v.rule()));
            }
        }
    }

    private boolean reads(ProgramRule<?> rule) {
        return rule.standards().stream().anyMatch(reformStandards::contains);
    }

    /**
     * Runs the months. The region's households are split into {@code threads} parts of consecutive households
     * (in storage order), each with its cases: a part runs both worlds for its own subjects, so no two threads touch
     * the same case or subject. What crosses households — the enrolments (a person's relatives stored in another
     * household are assessed with their own enrolments), the households that have diverged, screening's
     * candidates — is put together between two phases of each month by this thread, so every part sees the whole
     * region's, as one part alone would. The parts' totals are added at the end: money exactly, subjects counted
     * once (each subject belongs to one part). The result equals the one-thread result to the fen (decision 0391).
     */
    ReformCosting run(YearMonth from, YearMonth to, int top) {
        List<Part> parts = partition();
        ExecutorService pool = parts.size() > 1 ? Executors.newFixedThreadPool(parts.size(), r -> {
            Thread t = new Thread(r, "minzheng-costing");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                YearMonth month = m;
                // the reform is not in force anywhere yet and nothing differs: the reform's month is today's
                boolean quiet = !straightforward && divergent.isEmpty() && !inEffect(m);
                candidates.clear();
                each(pool, parts, p -> {
                    p.today.prepare(month);
                    if (!quiet) {
                        p.changed.prepare(month);
                    }
                });
                todayEnrolments = enrolments(parts, false);
                reformEnrolments = !straightforward && (quiet || divergent.isEmpty()) ? todayEnrolments
                        : enrolments(parts, true);
                each(pool, parts, p -> p.month(month, quiet));
                for (Part p : parts) {
                    for (HouseholdId h : p.diverged) {
                        diverge(h);
                    }
                    p.diverged.clear();
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Totals totals = parts.get(0).totals;
        Set<Failure> failures = new HashSet<>(parts.get(0).failures);
        for (Part p : parts.subList(1, parts.size())) {
            totals.merge(p.totals);
            failures.addAll(p.failures);
        }
        return totals.result(from, to, top, failures.size());
    }

    /**
     * Marks a household as divergent, and with it every household whose facts read its enrolments through a stored
     * relative: their decisions may differ between the worlds from now on too.
     */
    private void diverge(HouseholdId h) {
        divergent.add(h);
        if (enrolledApart.add(h)) { // also when h was marked before only for a relative's sake
            for (HouseholdId other : supportedFrom.getOrDefault(h, List.of())) {
                divergent.add(other);
            }
        }
    }

    /** The household a subject belongs to, or null when it is not stored in the region. */
    private Household household(SubjectRef subject) {
        return (subject.kind() == SubjectKind.HOUSEHOLD ? householdById : householdOfPerson).get(subject.id());
    }

    /** The household a subject belongs to, which must be stored in the region. */
    private Household storedHousehold(SubjectRef subject) {
        Household h = household(subject);
        if (h == null) {
            throw new java.util.NoSuchElementException("not stored in the region: " + subject);
        }
        return h;
    }

    /** The parts: consecutive households in storage order, about as many in each; a case goes with its subject. */
    private List<Part> partition() {
        List<Household> all = new ArrayList<>();
        registry.households().forEach(all::add);
        int n = Math.max(1, Math.min(threads, all.size()));
        partCount = n;
        List<Part> parts = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            List<Household> mine = all.subList(all.size() * k / n, all.size() * (k + 1) / n);
            for (Household h : mine) {
                partOf.put(h.id(), k);
            }
            parts.add(new Part(k, mine));
        }
        List<List<Case>> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cases.add(new ArrayList<>());
        }
        for (Case c : registry.cases()) {
            // a case whose subject is not stored in the region fails in every month; the first part reports it
            cases.get(registry.householdOf(c.subject()).map(h -> partOf.get(h.id())).orElse(0)).add(c);
        }
        for (int k = 0; k < n; k++) {
            parts.get(k).start(cases.get(k));
        }
        return parts;
    }

    /** Runs a step on every part, on the pool when there is one; a part's failure is rethrown as it was. */
    private static void each(ExecutorService pool, List<Part> parts, java.util.function.Consumer<Part> step) {
        if (pool == null) {
            parts.forEach(step);
            return;
        }
        List<Future<?>> running = new ArrayList<>(parts.size());
        for (Part p : parts) {
            running.add(pool.submit(() -> step.accept(p)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                running.forEach(r -> r.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("costing interrupted (测算被中断)", e);
            } catch (ExecutionException e) {
                running.forEach(r -> r.cancel(true));
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The region's enrolments at the start of the month in one world: every part's, in the parts' order. */
    private Enrolments enrolments(List<Part> parts, boolean underReform) {
        Enrolments.Builder eb = Enrolments.builder();
        for (Part p : parts) {
            for (Case c : (underReform ? p.changed : p.today).enrolled) {
                eb.subject(c.subject(), c.program());
            }
        }
        return eb.build();
    }

    /** Screening's candidates of a program in a month that belong to a part. */
    private List<RegistrySnapshot.Candidate> candidates(ProgramRule<?> program, Screening screening, YearMonth m,
                                                        int part, int parts) {
        return candidates.computeIfAbsent(program.programCode(), k -> {
            if (parts == 1) {
                return List.of(registry.screeningCandidates(program, screening, m));
            }
            List<List<RegistrySnapshot.Candidate>> split = new ArrayList<>(parts);
            for (int i = 0; i < parts; i++) {
                split.add(new ArrayList<>());
            }
            for (RegistrySnapshot.Candidate c : registry.screeningCandidates(program, screening, m)) {
                split.get(registry.householdOf(c.subject()).map(h -> partOf.get(h.id())).orElse(0)).add(c);
            }
            return split;
        }).get(part);
    }

    // ------------------------------------------------------------------ one part

    /** Consecutive households with their cases, run in both worlds by one thread at a time. */
    private final class Part {
        final int index;
        final List<Household> households;
        World today;
        World changed;
        final Totals totals = new Totals();
        final Map<CaseId, Map<YearMonth, Map<PaymentComponent, Money>>> stored = new HashMap<>();
        final Set<Failure> failures = new HashSet<>();
        /** Households of this part found divergent in the month just run, added to the region's set after it. */
        final List<HouseholdId> diverged = new ArrayList<>();
        /**
         * The facts built in the month being run, for each of the (at most two) enrolments of the month. Facts are a
         * function of the snapshot, the subject, the month and the enrolments alone, so one build serves every
         * program that assesses the subject this month in a world, and both worlds while their enrolments are the
         * same object.
         */
        private final Map<SubjectRef, SubjectFacts> factsA = new HashMap<>();
        private final Map<SubjectRef, SubjectFacts> factsB = new HashMap<>();
        private Enrolments enrolmentsA;
        private Enrolments enrolmentsB;
        private YearMonth factsMonth;

        /**
         * The facts of a subject in a month; {@code known} is its household and {@code knownPerson} its member
         * record when the caller has them (a candidate, a household looked at for the newly eligible), else null.
         */
        SubjectFacts facts(SubjectRef subject, YearMonth m, Enrolments enrolments, Household known,
                           Person knownPerson) {
            if (straightforward) {
                return registry.facts(subject, m, enrolments).orElseThrow();
            }
            if (!m.equals(factsMonth)) {
                factsA.clear();
                factsB.clear();
                enrolmentsA = null;
                enrolmentsB = null;
                factsMonth = m;
            }
            Map<SubjectRef, SubjectFacts> cache;
            if (enrolments == enrolmentsA || enrolmentsA == null) {
                enrolmentsA = enrolments;
                cache = factsA;
            } else if (enrolments == enrolmentsB || enrolmentsB == null) {
                enrolmentsB = enrolments;
                cache = factsB;
            } else {
                cache = null;
            }
            SubjectFacts f = cache == null ? null : cache.get(subject);
            if (f == null) {
                Household h = known != null ? known : storedHousehold(subject);
                Person person = subject.kind() == SubjectKind.HOUSEHOLD ? null
                        : knownPerson != null ? knownPerson : personById.get(subject.id());
                f = registry.facts(new RegistrySnapshot.Candidate(subject, h.region(), null, h, person), m,
                        enrolments);
                if (cache != null) {
                    cache.put(subject, f);
                }
            }
            return f;
        }

        Part(int index, List<Household> households) {
            this.index = index;
            this.households = households;
        }

        void start(List<Case> cases) {
            today = new World(this, false, cases);
            changed = new World(this, true, cases);
        }

        void month(YearMonth m, boolean quiet) {
            if (quiet) {
                Map<Key, Result> t = today.month(m, null);
                changed.follow(today, m);
                totals.add(m, t, t);
                return;
            }
            Map<Key, Kept> decisions = new HashMap<>();
            Map<Key, Result> t = today.month(m, decisions);
            Map<Key, Result> r = changed.month(m, decisions);
            entrants(m, this, decisions, r);
            totals.add(m, t, r);
            markDivergence(this);
        }

        Map<YearMonth, Map<PaymentComponent, Money>> stored(CaseId id) {
            return stored.computeIfAbsent(id, k -> {
                Map<YearMonth, Map<PaymentComponent, Money>> net = new TreeMap<>();
                for (Payment p : view.payments().findByCase(k)) {
                    net.computeIfAbsent(p.key().month(), x -> new EnumMap<>(PaymentComponent.class))
                            .merge(p.key().component(), p.amount(), Money::plus);
                }
                return net;
            });
        }
    }

    // ------------------------------------------------------------------ one world

    /**
     * A part's cases and their payments as the runs of the period would leave them, with one set of standards.
     */
    private final class World {
        final Part part;
        final boolean underReform;
        final Map<CaseId, Case> cases = new LinkedHashMap<>();
        final Map<CaseId, Map<YearMonth, Map<PaymentComponent, Money>>> paid = new HashMap<>();
        /** Subjects with an open or pending case, by program, at the start of the month being run. */
        Map<ProgramCode, Set<SubjectRef>> pending = Map.of();
        /** Cases active or in gradual exit at the start of the month being run: the part's enrolments. */
        List<Case> enrolled = List.of();
        /** The cases the month runs, before screening adds those it starts. */
        List<Case> work = List.of();

        World(Part part, boolean underReform, List<Case> start) {
            this.part = part;
            this.underReform = underReform;
            for (Case c : start) {
                cases.put(c.id(), c);
            }
        }

        /** The region's enrolments in this world at the start of the month being run. */
        Enrolments enrolments() {
            return underReform ? reformEnrolments : todayEnrolments;
        }

        /** Takes the other world's month as this world's: the same cases, payments, enrolments and pending cases. */
        void follow(World other, YearMonth m) {
            cases.clear();
            cases.putAll(other.cases);
            other.paid.forEach((id, months) -> {
                Map<PaymentComponent, Money> amounts = months.get(m);
                if (amounts != null) {
                    paid.computeIfAbsent(id, k -> new TreeMap<>()).put(m, amounts);
                }
            });
            pending = other.pending;
        }

        /** The standards of the month being run by region, looked up once a month in this world. */
        private final Map<RegionCode, ResolvedStandards> standardsOfMonth = new HashMap<>();
        private YearMonth standardsMonth;
        /** The region asked last (households of a village follow each other) and its standards. */
        private RegionCode lastRegion;
        private ResolvedStandards lastStandards;

        ResolvedStandards standards(RegionCode r, YearMonth m) {
            if (straightforward) {
                ResolvedStandards s = ca.standards(r, m);
                return underReform ? s.with(reform) : s;
            }
            if (!m.equals(standardsMonth)) {
                standardsOfMonth.clear();
                standardsMonth = m;
                lastRegion = null;
            }
            if (r == lastRegion) {
                return lastStandards;
            }
            ResolvedStandards known = standardsOfMonth.get(r);
            if (known != null) {
                lastRegion = r;
                lastStandards = known;
                return known;
            }
            ResolvedStandards s = ca.standards(r, m);
            if (underReform) {
                s = reformed.computeIfAbsent(new RegionMonth(r, m), k -> ca.standards(r, m).with(reform));
            }
            standardsOfMonth.put(r, s);
            lastRegion = r;
            lastStandards = s;
            return s;
        }

        /**
         * Told of the standards the assessment running in this world reads, through {@link #watched}: whether one of
         * them is set by the reform. One assessment at a time, as a part runs on one thread.
         */
        private final class Watch implements ResolvedStandards.Reader {
            boolean readsReform;

            @Override
            public void read(Standard<?> standard) {
                if (!readsReform && reformStandards.contains(standard)) {
                    readsReform = true;
                }
            }

            @Override
            public void readAll() {
                readsReform = true;
            }
        }

        private final Watch watch = new Watch();
        /** The standards last watched and their watched view (households of a village follow each other). */
        private ResolvedStandards watchedOf;
        private ResolvedStandards watched;
        /**
         * After {@link #assess} in the reform's world: false when today's decision for the same subject is known to
         * be the one returned (taken from today's world, or made from today's facts reading no standard the reform
         * sets); true when it may differ.
         */
        boolean mayDiffer = true;

        private ResolvedStandards watched(ResolvedStandards s) {
            if (s != watchedOf) {
                watchedOf = s;
                watched = s.watchedBy(watch);
            }
            return watched;
        }

        Decision assess(ProgramCode program, SubjectRef subject, RegionCode r, YearMonth m, Map<Key, Kept> decisions) {
            return assess(program, subject, r, m, decisions, null, null);
        }

        /**
         * Assesses a subject; {@code h} and {@code person} are its household and member record when the caller has
         * them (saving two look-ups by identifier), else null.
         */
        Decision assess(ProgramCode program, SubjectRef subject, RegionCode r, YearMonth m, Map<Key, Kept> decisions,
                        Household h, Person person) {
            Key key = new Key(program, subject);
            ProgramRule<?> rule = ca.programs().forRegion(program, r);
            boolean touched = touches(rule, r, m);
            // the subject's household, and the households of its stored relatives, are enrolled alike in both
            // worlds: the facts a rule reads are today's (the premise of sharing decisions below)
            boolean alike = !straightforward && underReform
                    && !(h != null ? divergent.contains(h.id()) : divergent(subject));
            mayDiffer = true;
            if (alike && decisions != null) {
                // today's decision, when today's world has made it for the same region and either the rule cannot
                // read a reformed standard here or it read none of them: a rule is a function of its facts and of
                // the standards it reads, so under the reform it decides the same (decision 0435)
                Kept known = decisions.get(key);
                if (known != null && known.region().equals(r) && (!touched || !known.readsReform())) {
                    mayDiffer = false;
                    if (known.outcome() instanceof Decision d) {
                        return d;
                    }
                    throw (RuntimeException) known.outcome();
                }
            }
            boolean keep = !straightforward && !underReform && decisions != null;
            // whether a reformed standard is read matters only where the reform can change the rule's standards
            boolean watching = !straightforward && touched;
            watch.readsReform = false;
            try {
                Enrolments enrolments = enrolments();
                if (alike && enrolments != todayEnrolments) {
                    enrolments = todayEnrolments;
                }
                SubjectFacts facts = part.facts(subject, m, enrolments, h, person);
                ResolvedStandards standards = standards(r, m);
                Decision d = rule.assess(facts, watching ? watched(standards) : standards);
                if (keep) {
                    decisions.put(key, new Kept(d, r, !watching || watch.readsReform));
                }
                if (alike && (!touched || !watch.readsReform)) {
                    mayDiffer = false;
                }
                return d;
            } catch (RuntimeException e) {
                if (keep) {
                    decisions.put(key, new Kept(e, r, !watching || watch.readsReform));
                }
                throw e;
            }
        }

        /**
         * The first phase of a month: the part's enrolments, pending cases and the cases the month runs, from the
         * cases as the previous month left them.
         */
        void prepare(YearMonth m) {
            Instant monthStart = m.atDay(1).atStartOfDay(zone).toInstant();
            List<Case> enrol = new ArrayList<>();
            Map<ProgramCode, Set<SubjectRef>> pend = new HashMap<>();
            List<Case> runs = new ArrayList<>();
            for (Case c : cases.values()) {
                CaseState before = RegistrySnapshot.stateBefore(c, monthStart);
                if (before == CaseState.ACTIVE || before == CaseState.IN_GRACE) {
                    enrol.add(c);
                }
                Optional<ProgramRule<?>> rule = ca.programs().find(c.program());
                if (rule.isEmpty()) {
                    continue; // the monthly run reports it as a failure and pays nothing
                }
                if (RegistrySnapshot.OPEN_OR_PENDING.contains(c.state())) {
                    pend.computeIfAbsent(c.program(), k -> new HashSet<>()).add(c.subject());
                }
                if (OPEN.contains(c.state()) && rule.get().monthly().schedule().runsIn(m)) {
                    runs.add(c);
                }
            }
            enrolled = enrol;
            pending = pend;
            work = runs;
        }

        /** The second phase of a month, once the region's enrolments are known: screening and the cases' month. */
        Map<Key, Result> month(YearMonth m, Map<Key, Kept> decisions) {
            Instant monthStart = m.atDay(1).atStartOfDay(zone).toInstant();
            Instant next = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            List<Case> work = this.work;
            this.work = List.of();
            work.addAll(screen(m, monthStart, decisions));
            Map<Key, Result> out = new HashMap<>();
            for (Case c : work) {
                Result r = decide(c, m, monthStart, next, decisions);
                if (r != null) {
                    out.merge(new Key(c.program(), c.subject()), r,
                            (a, b) -> new Result(a.covered() || b.covered(), a.amount().plus(b.amount())));
                }
            }
            return out;
        }

        private List<Case> screen(YearMonth m, Instant monthStart, Map<Key, Kept> decisions) {
            List<Case> started = new ArrayList<>();
            // The identifiers of this world's cases that end as one opened by screening this month would: a
            // screening case of a program, subject and month exists only if one of them starts with the program's
            // code, so most candidates need no identifier built to know there is none.
            String suffix = "-" + MONTH_ID.format(m);
            List<String> ofMonth = new ArrayList<>();
            for (CaseId id : cases.keySet()) {
                if (id.value().endsWith(suffix)) {
                    ofMonth.add(id.value());
                }
            }
            for (ProgramRule<?> program : ca.programs().all()) {
                Screening screening = program.monthly().screening();
                if (!screening.runsIn(m)) {
                    continue;
                }
                Set<SubjectRef> has = pending.getOrDefault(program.programCode(), Set.of());
                List<Case> opened = new ArrayList<>();
                String prefix = program.code() + "-";
                boolean mayExist = straightforward || ofMonth.stream().anyMatch(id -> id.startsWith(prefix));
                for (RegistrySnapshot.Candidate c : candidates(program, screening, m, part.index, partCount)) {
                    screenOne(program, c, m, monthStart, has, opened, decisions, mayExist);
                }
                for (Case c : opened) {
                    cases.put(c.id(), c);
                    ofMonth.add(c.id().value());
                }
                if (screening.action() == Screening.Action.START) {
                    started.addAll(opened);
                }
            }
            return started;
        }

        /** The identifier of the case screening opens (the monthly run's form). */
        private static CaseId caseId(ProgramRule<?> program, SubjectRef subject, YearMonth m) {
            return CaseId.of(program.code() + "-" + subject.id() + "-" + MONTH_ID.format(m));
        }

        private void screenOne(ProgramRule<?> program, RegistrySnapshot.Candidate candidate, YearMonth m,
                               Instant monthStart, Set<SubjectRef> has, List<Case> opened, Map<Key, Kept> decisions,
                               boolean mayExist) {
            SubjectRef subject = candidate.subject();
            RegionCode r = candidate.region();
            PersonId applicant = candidate.applicant();
            if (has.contains(subject)) {
                return;
            }
            if (mayExist && cases.containsKey(caseId(program, subject, m))) {
                return;
            }
            Decision d;
            try {
                d = assess(program.programCode(), subject, r, m, decisions, candidate.household(), candidate.person());
            } catch (RuntimeException e) {
                part.failures.add(new Failure(program.programCode(), subject, m));
                return;
            }
            if (!program.monthly().screening().opens(d)) {
                return;
            }
            ApprovalLevel level = program.monthly().approval();
            String why = "found by screening in " + m + " (costing)";
            Case c = Case.open(caseId(program, subject, m), program.programCode(), subject, r, applicant,
                    Transition.application(MonthlyRunner.ACTOR, monthStart, why, level));
            if (program.monthly().screening().action() == Screening.Action.START) {
                c = c.review(MonthlyRunner.ACTOR, monthStart, why).approve(level, MonthlyRunner.ACTOR, monthStart, why)
                        .activate(level, MonthlyRunner.ACTOR, monthStart, why);
            }
            opened.add(c);
        }

        /** As {@code MonthlyRunner.decide}: the case's new state and the month's payment, kept in this world. */
        private Result decide(Case c, YearMonth m, Instant monthStart, Instant next, Map<Key, Kept> decisions) {
            ProgramCode code = c.program();
            if (!CaseStep.runs(c, monthStart, next)) {
                return null; // changed by a later month's run, or approved this month
            }
            ProgramRule<?> rule;
            Decision d;
            int grace = 0;
            try {
                rule = ca.programs().forRegion(code, c.region());
                d = assess(code, c.subject(), c.region(), m, decisions);
                Optional<GradualExit> exit = rule.monthly().gradualExit();
                if (exit.isPresent()) {
                    grace = standards(c.region(), m).find(exit.get().months()).orElse(0);
                }
            } catch (RuntimeException e) {
                part.failures.add(new Failure(code, c.subject(), m));
                return null;
            }
            // the monthly run's own test (GradualExit.opensOn) and step, so that the costing never drifts from what
            // it pays (decision record 0340)
            boolean graceTrigger = rule.monthly().gradualExit().map(g -> g.opensOn(d)).orElse(false);
            CaseStep.Outcome step = CaseStep.next(c, d, graceTrigger, grace,
                    rule.monthly().screening().proposesClosing(), m, zone);
            if (step == null) {
                return null;
            }
            if (step.leftForReview()) {
                part.failures.add(new Failure(code, c.subject(), m)); // left for review, as the run does
                return null;
            }
            Case current = c;
            if (step.moves()) {
                current = move(c, step.to(), CaseStep.moveAt(c, monthStart));
                cases.put(c.id(), current);
            }
            Map<PaymentComponent, Money> pay = switch (step.pay()) {
                case DECISION -> d.amountsByComponent();
                case GRACE -> graceAmount(c.id(), m);
                case NOTHING -> Map.of();
            };
            Map<PaymentComponent, Money> posted = CaseStep.positive(pay);
            Money amount = Money.ZERO;
            for (Money a : posted.values()) {
                amount = amount.plus(a);
            }
            if (!posted.isEmpty()) {
                paid.computeIfAbsent(c.id(), k -> new TreeMap<>()).put(m, posted);
            }
            boolean covered = current.state() == CaseState.ACTIVE || current.state() == CaseState.IN_GRACE;
            return new Result(covered, amount);
        }

        private Case move(Case c, CaseState to, Instant at) {
            return c.moveTo(to, ApprovalLevel.COUNTY, MonthlyRunner.ACTOR, at, "costing");
        }

        /** As {@code MonthlyRunner.graceAmount}: the last month paid before {@code m}, stored before the period. */
        private Map<PaymentComponent, Money> graceAmount(CaseId id, YearMonth m) {
            TreeMap<YearMonth, Map<PaymentComponent, Money>> net = new TreeMap<>();
            for (Map.Entry<YearMonth, Map<PaymentComponent, Money>> e : part.stored(id).entrySet()) {
                if (e.getKey().isBefore(from)) {
                    net.put(e.getKey(), e.getValue());
                }
            }
            paid.getOrDefault(id, Map.of()).forEach((month, amounts) -> {
                if (month.isBefore(m)) {
                    net.put(month, amounts);
                }
            });
            Map<PaymentComponent, Money> latest = Map.of();
            for (Map<PaymentComponent, Money> a : net.values()) {
                if (a.values().stream().anyMatch(Money::isPositive)) {
                    latest = a;
                }
            }
            return latest;
        }
    }

    // ------------------------------------------------------------------ between the worlds

    /** Whether the reform can change a rule's decisions in a region and month. */
    private boolean touches(ProgramRule<?> rule, RegionCode r, YearMonth m) {
        if (!reform.appliesTo(r, m.atDay(1))) {
            return false;
        }
        Boolean known = touched.get(rule);
        return known != null ? known : reads(rule);
    }

    /** Whether the reform is in force in some part of the region in a month. */
    private boolean inEffect(YearMonth m) {
        boolean dated = reform.effective().map(d -> !m.atEndOfMonth().isBefore(d)).orElse(true);
        boolean overlaps = reform.within().map(w -> w.contains(region) || region.contains(w)).orElse(true);
        return dated && overlaps;
    }

    /** Whether the reform sets a standard the program, or one of its regional variants, reads. */
    private boolean mayTouch(ProgramRule<?> program) {
        if (program.standards().stream().anyMatch(reformStandards::contains)) {
            return true;
        }
        return ca.programs().variants(program.programCode()).stream()
                .anyMatch(v -> v.rule().standards().stream().anyMatch(reformStandards::contains));
    }

    private boolean divergent(SubjectRef subject) {
        if (divergent.isEmpty()) {
            return false;
        }
        Household h = household(subject);
        return h == null || divergent.contains(h.id());
    }

    /**
     * After a month: households with a case whose history differs between the worlds get their own decisions from
     * then on. Cases equal in both worlds are shared again, so the next month compares them by identity.
     */
    private void markDivergence(Part part) {
        World today = part.today;
        World changed = part.changed;
        for (Map.Entry<CaseId, Case> e : changed.cases.entrySet()) {
            Case other = today.cases.get(e.getKey());
            if (other == e.getValue()) {
                continue;
            }
            if (other != null && other.equals(e.getValue())) {
                e.setValue(other);
            } else {
                registry.householdOf(e.getValue().subject()).ifPresent(h -> part.diverged.add(h.id()));
            }
        }
        // every case of today's world missing from the reform's, also when both worlds opened as many cases
        for (Map.Entry<CaseId, Case> e : today.cases.entrySet()) {
            if (!changed.cases.containsKey(e.getKey())) {
                registry.householdOf(e.getValue().subject()).ifPresent(h -> part.diverged.add(h.id()));
            }
        }
    }

    /**
     * Subjects without a case of a program the run pays or serves this month (and does not screen for), who would
     * qualify under the reform but not today: counted as newly eligible, at the reform's amount.
     */
    private void entrants(YearMonth m, Part part, Map<Key, Kept> decisions, Map<Key, Result> out) {
        World today = part.today;
        World changed = part.changed;
        for (ProgramRule<?> program : ca.programs().all()) {
            Schedule schedule = program.monthly().schedule();
            Screening screening = program.monthly().screening();
            if (!schedule.runsIn(m) || (screening.runsIn(m) && screening.action() == Screening.Action.START)) {
                continue;
            }
            ProgramCode code = program.programCode();
            if (!straightforward && divergent.isEmpty() && !mayTouch(program)) {
                continue; // no subject can decide differently: nobody becomes eligible
            }
            Set<SubjectRef> hasToday = today.pending.getOrDefault(code, Set.of());
            Set<SubjectRef> hasReform = changed.pending.getOrDefault(code, Set.of());
            // today's world has assessed a subject without a case this month only if screening ran for the program:
            // otherwise no decision of today's can be there to take, and looking for one costs a hash look-up each
            Map<Key, Kept> known = screening.runsIn(m) ? decisions : null;
            for (Household h : part.households) {
                ProgramRule<?> rule = ca.programs().forRegion(code, h.region());
                if (!straightforward && !touches(rule, h.region(), m) && !divergent.contains(h.id())) {
                    continue;
                }
                if (program.subjectKind() == SubjectKind.HOUSEHOLD) {
                    entrant(code, SubjectRef.household(h.id()), h, null, m, schedule, today, changed, hasToday,
                            hasReform, known, out);
                } else {
                    for (Member mb : h.members()) {
                        if (SubjectFacts.presentIn(mb.person(), m)) {
                            entrant(code, SubjectRef.person(mb.person().id()), h, mb.person(), m, schedule, today,
                                    changed, hasToday, hasReform, known, out);
                        }
                    }
                }
            }
        }
    }

    private void entrant(ProgramCode code, SubjectRef subject, Household h, Person person,
                         YearMonth m, Schedule schedule,
                         World today, World changed, Set<SubjectRef> hasToday, Set<SubjectRef> hasReform,
                         Map<Key, Kept> decisions, Map<Key, Result> out) {
        if (hasToday.contains(subject) || hasReform.contains(subject)) {
            return;
        }
        Key key = new Key(code, subject);
        if (out.containsKey(key)) {
            return; // opened by the reform world's own screening
        }
        Decision then;
        try {
            // under the reform first: for most subjects it is the only assessment needed
            then = changed.assess(code, subject, h.region(), m, decisions, h, person);
            // eligible under the reform from today's facts without reading a reformed standard: eligible today too
            if (!then.eligible() || !changed.mayDiffer
                    || today.assess(code, subject, h.region(), m, decisions, h, person).eligible()) {
                return;
            }
        } catch (RuntimeException e) {
            return; // e.g. a program that needs an application: it cannot be costed for someone who has none
        }
        Money amount = Money.ZERO;
        if (schedule.paysMoney()) {
            for (Money a : then.amountsByComponent().values()) {
                if (a.isPositive()) {
                    amount = amount.plus(a);
                }
            }
        }
        out.put(key, new Result(true, amount));
    }

    // ------------------------------------------------------------------ figures

    private RegionCode township(RegionCode r) {
        for (RegionCode c : r.selfAndAncestors()) {
            if (c.level() == RegionLevel.TOWNSHIP && region.contains(c)) {
                return c;
            }
        }
        return region;
    }

    /** Sums for one line: amounts, and subjects counted (each subject appears once in a month's line). */
    private static final class Sums {
        Money today = Money.ZERO;
        Money reform = Money.ZERO;
        int subjectsToday;
        int subjectsReform;
        int newHouseholds;
        int newPersons;
        int lostHouseholds;
        int lostPersons;

        void add(Key subject, Household h, Result t, Result r) {
            today = today.plus(t.amount());
            reform = reform.plus(r.amount());
            subjectsToday += t.covered() ? 1 : 0;
            subjectsReform += r.covered() ? 1 : 0;
            int persons = subject.subject().kind() == SubjectKind.PERSON ? 1 : h.size();
            if (r.covered() && !t.covered()) {
                newHouseholds++;
                newPersons += persons;
            } else if (t.covered() && !r.covered()) {
                lostHouseholds++;
                lostPersons += persons;
            }
        }

        boolean empty() {
            return today.isZero() && reform.isZero() && subjectsToday == 0 && subjectsReform == 0;
        }

        void merge(Sums o) {
            today = today.plus(o.today);
            reform = reform.plus(o.reform);
            subjectsToday += o.subjectsToday;
            subjectsReform += o.subjectsReform;
            newHouseholds += o.newHouseholds;
            newPersons += o.newPersons;
            lostHouseholds += o.lostHouseholds;
            lostPersons += o.lostPersons;
        }

        CostingFigures figures() {
            return new CostingFigures(today, reform, subjectsToday, subjectsReform, newHouseholds, newPersons,
                    lostHouseholds, lostPersons);
        }
    }

    /** Totals over the period: amounts summed, subjects, households and persons counted once. */
    private static final class Distinct {
        Money today = Money.ZERO;
        Money reform = Money.ZERO;
        int subjectsToday;
        int subjectsReform;
        final Set<HouseholdId> newH = new HashSet<>();
        final Set<PersonId> newP = new HashSet<>();
        final Set<HouseholdId> lostH = new HashSet<>();
        final Set<PersonId> lostP = new HashSet<>();

        void money(Result t, Result r) {
            today = today.plus(t.amount());
            reform = reform.plus(r.amount());
        }

        /** Adds another part's money (subjects are counted only after the parts are merged). */
        void money(Distinct o) {
            today = today.plus(o.today);
            reform = reform.plus(o.reform);
        }

        void subject(Key k, Household h, int flags) {
            subjectsToday += (flags & TODAY) != 0 ? 1 : 0;
            subjectsReform += (flags & REFORM) != 0 ? 1 : 0;
            if ((flags & NEW) != 0) {
                persons(k, h, newH, newP);
            }
            if ((flags & LOST) != 0) {
                persons(k, h, lostH, lostP);
            }
        }

        private static void persons(Key k, Household h, Set<HouseholdId> hs, Set<PersonId> ps) {
            hs.add(h.id());
            if (k.subject().kind() == SubjectKind.PERSON) {
                ps.add(k.subject().person().orElseThrow());
            } else {
                for (Member mb : h.members()) {
                    ps.add(mb.person().id());
                }
            }
        }

        boolean empty() {
            return today.isZero() && reform.isZero() && subjectsToday == 0 && subjectsReform == 0;
        }

        CostingFigures figures() {
            return new CostingFigures(today, reform, subjectsToday, subjectsReform, newH.size(), newP.size(),
                    lostH.size(), lostP.size());
        }
    }

    private static final int TODAY = 1;
    private static final int REFORM = 2;
    private static final int NEW = 4;
    private static final int LOST = 8;

    private record LineKey(ProgramCode program, RegionCode township, YearMonth month) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof LineKey k && program.equals(k.program) && township.equals(k.township)
                    && month.equals(k.month);
        }

        @Override
        public int hashCode() {
            return (program.hashCode() * 31 + township.hashCode()) * 31 + month.hashCode();
        }
    }

    private final class Totals {
        final Map<LineKey, Sums> lines = new HashMap<>();
        final Map<Key, int[]> period = new HashMap<>();
        final Map<ProgramCode, Distinct> programs = new HashMap<>();
        final Map<RegionCode, Distinct> townships = new TreeMap<>();
        final Distinct total = new Distinct();
        final Map<HouseholdId, Money[]> households = new HashMap<>();
        final Map<RegionCode, RegionCode> townshipCache = new HashMap<>();

        RegionCode townshipOf(Household h) {
            return townshipCache.computeIfAbsent(h.region(), ReformCoster.this::township);
        }

        void add(YearMonth m, Map<Key, Result> today, Map<Key, Result> reform) {
            for (Map.Entry<Key, Result> e : today.entrySet()) {
                add(m, e.getKey(), e.getValue(), reform.getOrDefault(e.getKey(), Result.NONE));
            }
            for (Map.Entry<Key, Result> e : reform.entrySet()) {
                if (!today.containsKey(e.getKey())) {
                    add(m, e.getKey(), Result.NONE, e.getValue());
                }
            }
        }

        private void add(YearMonth m, Key k, Result t, Result r) {
            Household h = storedHousehold(k.subject());
            RegionCode ts = townshipOf(h);
            lines.computeIfAbsent(new LineKey(k.program(), ts, m), x -> new Sums()).add(k, h, t, r);
            int flags = (t.covered() ? TODAY : 0) | (r.covered() ? REFORM : 0)
                    | (r.covered() && !t.covered() ? NEW : 0) | (t.covered() && !r.covered() ? LOST : 0);
            int[] f = period.computeIfAbsent(k, x -> new int[1]);
            f[0] |= flags;
            if (t.amount().isZero() && r.amount().isZero()) {
                return;
            }
            programs.computeIfAbsent(k.program(), x -> new Distinct()).money(t, r);
            townships.computeIfAbsent(ts, x -> new Distinct()).money(t, r);
            total.money(t, r);
            Money[] sums = households.computeIfAbsent(h.id(), x -> new Money[] {Money.ZERO, Money.ZERO});
            sums[0] = sums[0].plus(t.amount());
            sums[1] = sums[1].plus(r.amount());
        }

        /**
         * Adds another part's totals before the subjects are counted: lines and money add up; subjects and
         * households belong to one part each, so their maps only join.
         */
        void merge(Totals o) {
            o.lines.forEach((k, v) -> lines.merge(k, v, (a, b) -> {
                a.merge(b);
                return a;
            }));
            o.period.forEach((k, v) -> period.merge(k, v, (a, b) -> new int[] {a[0] | b[0]}));
            o.programs.forEach((k, v) -> programs.computeIfAbsent(k, x -> new Distinct()).money(v));
            o.townships.forEach((k, v) -> townships.computeIfAbsent(k, x -> new Distinct()).money(v));
            total.money(o.total);
            o.households.forEach((k, v) -> households.merge(k, v,
                    (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])}));
        }

        /** Counts each subject once per program, township and in the total. */
        private void countSubjects() {
            for (Map.Entry<Key, int[]> e : period.entrySet()) {
                Key k = e.getKey();
                Household h = registry.householdOf(k.subject()).orElseThrow();
                int flags = e.getValue()[0];
                programs.computeIfAbsent(k.program(), x -> new Distinct()).subject(k, h, flags);
                townships.computeIfAbsent(townshipOf(h), x -> new Distinct()).subject(k, h, flags);
                total.subject(k, h, flags);
            }
        }

        ReformCosting result(YearMonth from, YearMonth to, int top, int failures) {
            countSubjects();
            Map<ProgramCode, Integer> order = new HashMap<>();
            List<ProgramRule<?>> all = ca.programs().all();
            for (int i = 0; i < all.size(); i++) {
                order.put(all.get(i).programCode(), i);
            }
            Comparator<ProgramCode> byProgram = Comparator.comparing((ProgramCode p) -> order.getOrDefault(p, Integer.MAX_VALUE))
                    .thenComparing(ProgramCode::toString);
            List<CostingLine> lineList = new ArrayList<>();
            lines.forEach((k, s) -> {
                if (!s.empty()) {
                    lineList.add(new CostingLine(k.program(), k.township(), k.month(), s.figures()));
                }
            });
            lineList.sort(Comparator.comparing(CostingLine::program, byProgram).thenComparing(CostingLine::township)
                    .thenComparing(CostingLine::month));
            List<CostingProgram> programList = new ArrayList<>();
            programs.entrySet().stream().filter(e -> !e.getValue().empty())
                    .sorted(Map.Entry.comparingByKey(byProgram)).forEach(e -> {
                        ProgramRule<?> p = ca.programs().find(e.getKey()).orElseThrow();
                        programList.add(new CostingProgram(e.getKey(), p.chineseName(), p.englishName(),
                                e.getValue().figures()));
                    });
            List<CostingTownship> townshipList = new ArrayList<>();
            townships.forEach((t, s) -> {
                if (!s.empty()) {
                    townshipList.add(new CostingTownship(t, s.figures()));
                }
            });
            List<CostingHousehold> largest = new ArrayList<>();
            households.entrySet().stream()
                    .filter(e -> !e.getValue()[0].equals(e.getValue()[1]))
                    .sorted(Comparator.comparing((Map.Entry<HouseholdId, Money[]> e) -> e.getValue()[1].minus(e.getValue()[0]).abs())
                            .reversed().thenComparing(e -> e.getKey().value()))
                    .limit(top)
                    .forEach(e -> {
                        Household h = registry.householdOf(SubjectRef.household(e.getKey())).orElseThrow();
                        largest.add(new CostingHousehold(e.getKey().toString(), townshipOf(h), h.size(),
                                e.getValue()[0], e.getValue()[1]));
                    });
            int count = 0;
            for (Household ignored : registry.households()) {
                count++;
            }
            return new ReformCosting(region, from, to, reform, programList, townshipList, lineList, total.figures(),
                    largest, count, failures);
        }
    }

    /**
     * The costing the plain way (see {@link #straightforward}), in the calling thread: what the tests compare the
     * optimised costing with.
     */
    static ReformCosting straightforward(CivilAffairs ca, Reform reform, RegionCode region, YearMonth from,
                                         YearMonth to, int top) {
        check(reform, region, from, to, top);
        return new ReformCoster(ca, ca.storage(), reform, region, from, to, 1, true).run(from, to, top);
    }

    static void check(Reform reform, RegionCode region, YearMonth from, YearMonth to, int top) {
        Objects.requireNonNull(reform, "reform");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts (测算期间结束早于开始): " + from + " to " + to);
        }
        if (from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new IllegalArgumentException("a costing covers at most " + MAX_MONTHS + " months (测算期间不超过"
                    + MAX_MONTHS + "个月): " + from + " to " + to);
        }
        if (top < 0 || top > MAX_TOP) {
            throw new IllegalArgumentException("the number of largest changes must be 0–" + MAX_TOP
                    + " (变化最大家庭数应在0至" + MAX_TOP + "之间): " + top);
        }
    }

    /** The longest period costed at once: ten years. */
    static final int MAX_MONTHS = 120;
    /** The most households listed as the largest changes. */
    static final int MAX_TOP = 1_000;
}
