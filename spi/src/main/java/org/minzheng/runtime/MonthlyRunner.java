package org.minzheng.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.GradualExit;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of {@code CivilAffairs.runMonth}: loads a region's registry and cases, screens for subjects who
 * qualify but have no case (where a program declares screening), re-assesses each open case with the month's
 * standards, applies dynamic management (start of payments, gradual exit, termination) and posts the month's
 * payments to the idempotent ledger, a batch of cases per transaction. It knows programs only through their
 * declarations: {@link Schedule} (which cases it runs), {@link GradualExit}, {@link Screening} and the approval
 * level.
 *
 * <p><b>Why it is safe to interrupt.</b> Every decision depends only on stored state and the month, never on
 * what an earlier attempt did in memory; each batch commits its case changes and payments together; the ledger
 * ignores a key already posted; a case opened by screening has an id made of the program, the subject and the
 * month, so a rerun finds it instead of opening another. A run killed at any point therefore leaves whole
 * batches, and running the month again redoes exactly what is missing.
 *
 * <p><b>Threads.</b> With more than one thread (decision record 0370) a pool decides cases and assesses screening's
 * candidates — functions of the snapshot read at the start, which nothing changes during the run — while the
 * thread that called the run applies their results in the order of the cases, reads the store, commits and tells
 * the listener, exactly as with one thread; so the writes, their order and the guarantees above are the same.
 */
final class MonthlyRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyRunner.class);

    /** The actor named in the audit log and the case histories. */
    static final String ACTOR = "minzheng-monthly-run";

    /** How the reason of a case opened by screening starts (the report counts screening by it). */
    static final String SCREENING_REASON = "found by screening in ";

    private static final Set<CaseState> OPEN = EnumSet.of(CaseState.APPROVED, CaseState.ACTIVE, CaseState.IN_GRACE);
    private static final DateTimeFormatter MONTH_ID = DateTimeFormatter.ofPattern("yyyyMM");

    private final CivilAffairs ca;
    private final Storage storage;
    private final Clock clock;
    private final int batchSize;
    /** How many threads decide cases and assess candidates of screening (1: all on the caller's thread). */
    private final int threads;
    /** The month of the run and what is derived from it, computed once rather than per case. */
    private volatile Cached cached;

    MonthlyRunner(CivilAffairs ca, Storage storage, Clock clock, int batchSize) {
        this(ca, storage, clock, batchSize, 1);
    }

    MonthlyRunner(CivilAffairs ca, Storage storage, Clock clock, int batchSize, int threads) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.batchSize = batchSize;
        this.threads = threads;
    }

    MonthlyRun run(YearMonth month, RegionCode region, MonthlyRunListener listener) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(listener, "listener");
        if (threads == 1) {
            return run(month, region, listener, null);
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "minzheng-monthly-run-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            return run(month, region, listener, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The run. With a pool, the threads of the pool decide cases and assess candidates of screening — pure work on
     * the snapshot, never touching storage — while this thread applies their results in the order of the cases,
     * reads what storage must be read (the amounts kept during gradual exit) and commits batch after batch: the same
     * writes, in the same order, with the same tally, as without a pool.
     */
    private MonthlyRun run(YearMonth month, RegionCode region, MonthlyRunListener listener, ExecutorService pool) {
        Instant t0 = clock.instant();
        Storage view = storage.scopedTo(region);
        ZoneId zone = clock.getZone();
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Tally tally = new Tally(listener);
        LOG.info("Monthly run {} for region {}: loading", month, region.shortForm());

        Set<ServiceRecordKind> kinds = EnumSet.noneOf(ServiceRecordKind.class);
        for (ProgramRule<?> p : ca.programs().all()) {
            kinds.addAll(p.recordsRead());
        }
        RegistrySnapshot registry = RegistrySnapshot.load(view, region, kinds, month.atEndOfMonth());
        Enrolments enrolments = registry.enrolmentsBefore(monthStart);

        // the programs that screen this month, and for each the subjects whose screening case of this month exists
        // already (its id is the program, the subject and the month: decoded here once from every case's id rather
        // than encoded for every candidate)
        List<ProgramRule<?>> screeners = new ArrayList<>();
        for (ProgramRule<?> program : ca.programs().all()) {
            if (program.monthly().screening().runsIn(month)) {
                screeners.add(program);
            }
        }
        // what an earlier run of this month computed, when everything it read is unchanged (decision record 0400)
        List<ProgramCode> screenerCodes = new ArrayList<>(screeners.size());
        screeners.forEach(p -> screenerCodes.add(p.programCode()));
        RunMemo prior = ca.remembersRuns() ? ca.runMemo() : null;
        Memo memo = new Memo(prior != null && prior.matches(region, month, registry.householdList(), enrolments,
                registry.records(), screenerCodes, r -> standards(r, month)) ? prior : null,
                registry.householdList().size(), ca.remembersRuns() && view.sharesRecords());
        String idSuffix = "-" + monthId(month);
        List<Set<String>> openedThisMonth = new ArrayList<>(screeners.size());
        screeners.forEach(p -> openedThisMonth.add(new HashSet<>()));

        List<Case> work = new ArrayList<>();
        // the subjects with an open or pending case, of the programs that screen (the only ones screening asks about:
        // most cases of a region — 低保's — are of programs that do not screen and need no set)
        Map<ProgramCode, Set<SubjectRef>> pending = new HashMap<>();
        for (ProgramCode code : screenerCodes) {
            pending.put(code, new HashSet<>());
        }
        List<String> prefixes = new ArrayList<>(screeners.size());
        screeners.forEach(p -> prefixes.add(p.code() + "-"));
        for (Case c : registry.cases()) {
            String id = c.id().value();
            if (id.endsWith(idSuffix)) {
                for (int i = 0; i < screeners.size(); i++) {
                    String prefix = prefixes.get(i);
                    int from = prefix.length();
                    int to = id.length() - idSuffix.length();
                    if (to > from && id.startsWith(prefix) && !pendingOwn(c, screeners.get(i), id, from, to)) {
                        openedThisMonth.get(i).add(id.substring(from, to));
                    }
                }
            }
            Optional<ProgramRule<?>> rule = ca.programs().find(c.program());
            if (rule.isEmpty()) {
                if (OPEN.contains(c.state())) {
                    tally.program(c.program()).failed++;
                    tally.fail(new RunFailure(Optional.of(c.id()), Optional.of(c.program()), "unknown-program",
                            "the case's program " + c.program() + " is not registered: add its plugin (业务项目未注册)"));
                }
                continue;
            }
            Set<SubjectRef> hasCase = pending.get(c.program());
            if (hasCase != null && RegistrySnapshot.OPEN_OR_PENDING.contains(c.state())) {
                hasCase.add(c.subject());
            }
            Schedule schedule = rule.get().monthly().schedule();
            if (OPEN.contains(c.state()) && schedule.runsIn(month)) {
                work.add(c);
            }
        }

        // with a pool, batches are decided ahead of the one being committed (decision record 0401): up to AHEAD per
        // thread, and already while this thread saves what screening opened — the batches wholly made of the
        // region's open cases, which screening's cases (added at the end of the list) do not change
        Map<Integer, Future<List<Decided>>> ahead = new HashMap<>();
        int[] submitted = {0};
        boolean complete = true;
        int done = 0;
        try {
            int known = work.size() / batchSize;
            work.addAll(screen(view, registry, month, monthStart, enrolments, screeners, pending,
                    openedThisMonth, tally, pool, memo, () -> submitAhead(work, known, 0, ahead, submitted, registry,
                            month, monthStart, enrolments, pool, memo)));
            tally.started(month, region, work.size());
            LOG.info("Monthly run {} for region {}: {} open cases to run", month, region.shortForm(), work.size());
            int batches = (work.size() + batchSize - 1) / batchSize;
            for (int b = 0; b < batches; b++) {
                if (Thread.currentThread().isInterrupted()) {
                    tally.fail(interrupted(done, work.size()));
                    complete = false;
                    break;
                }
                List<Decided> decided;
                if (pool == null) {
                    decided = decideAll(batch(work, b), registry, month, monthStart, enrolments, memo);
                } else {
                    submitAhead(work, batches, b, ahead, submitted, registry, month, monthStart, enrolments, pool,
                            memo);
                    try {
                        decided = await(ahead.remove(b));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        tally.fail(interrupted(done, work.size()));
                        complete = false;
                        break;
                    }
                }
                memo.decided(decided);
                List<Outcome> outcomes = new ArrayList<>(decided.size());
                for (Decided d : decided) {
                    Outcome o = apply(view, d, month, tally);
                    if (o != null) {
                        outcomes.add(o);
                    }
                }
                commit(view, month, outcomes, tally);
                done += decided.size();
                tally.progress(done, work.size());
            }
        } finally {
            ahead.values().forEach(f -> f.cancel(true));
        }
        // what was computed is kept for a run of the month again, even when this one stopped early: it is a function
        // of what was read, which the next run compares
        ca.runMemo(memo.keep(region, month, registry, enrolments, screenerCodes, cached(month).standards()));
        MonthlyRun result = new MonthlyRun(month, region, tally.programs(), tally.changes, tally.failures, complete,
                Duration.between(t0, clock.instant()));
        LOG.info("Monthly run {} for region {}: assessed {}, posted {}, already posted {}, changed {}, failed {}",
                month, region.shortForm(), result.assessed(), result.posted(), result.alreadyPosted(),
                result.changes().size(), result.failures().size());
        tally.finished(result);
        return result;
    }

    /**
     * Whether a case whose id reads as program {@code p}'s screening id of the month ({@code id}'s characters
     * {@code from} to {@code to} naming the subject) is that program's open or pending case of that very subject: then
     * screening finds the subject among those with a case (which it asks first) and never asks whether it was opened
     * this month, so the run need not note it — in a month run again, nearly every case screening opened (decision
     * record 0432).
     */
    private static boolean pendingOwn(Case c, ProgramRule<?> p, String id, int from, int to) {
        SubjectRef s = c.subject();
        return c.program().equals(p.programCode()) && RegistrySnapshot.OPEN_OR_PENDING.contains(c.state())
                && s.kind() == p.subjectKind() && s.id().length() == to - from
                && id.regionMatches(from, s.id(), 0, to - from);
    }

    private List<Case> batch(List<Case> work, int b) {
        return work.subList(b * batchSize, Math.min(work.size(), (b + 1) * batchSize));
    }

    /** Batches decided ahead of the one being committed, per thread of the pool (decision record 0401). */
    static final int AHEAD = 16;

    /**
     * Gives the pool the batches after {@code submitted[0]} and before {@code limit}, up to {@link #AHEAD} per thread
     * ahead of batch {@code b}; each a copy of its part of the list, which grows meanwhile.
     */
    private void submitAhead(List<Case> work, int limit, int b, Map<Integer, Future<List<Decided>>> ahead,
                             int[] submitted, RegistrySnapshot registry, YearMonth month, Instant monthStart,
                             Enrolments enrolments, ExecutorService pool, Memo memo) {
        if (pool == null) {
            return;
        }
        while (submitted[0] < limit && submitted[0] < b + AHEAD * threads) {
            List<Case> next = List.copyOf(batch(work, submitted[0]));
            ahead.put(submitted[0]++, pool.submit(() -> decideAll(next, registry, month, monthStart, enrolments,
                    memo)));
        }
    }

    private static RunFailure interrupted(int done, int total) {
        return new RunFailure(Optional.empty(), Optional.empty(), "interrupted",
                "the run was interrupted after " + done + " of " + total
                        + " cases; run the month again to complete it (运行被中断，请重新运行本月)");
    }

    /** The result of a task of the pool, its failure rethrown as it would have been thrown on this thread. */
    private static <T> T await(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * A function of consecutive parts of a list, in the order of the list: the whole list on this thread without a
     * pool, else parts given to the threads of the pool. Waits for every part even when interrupted (as the work
     * without a pool would not stop either), and keeps the interrupt for the caller to see.
     */
    private <T, R> List<R> inParts(List<T> items, Function<List<T>, R> part, ExecutorService pool) {
        if (pool == null || items.size() < 2 * PART) {
            return List.of(part.apply(items));
        }
        int parts = Math.min(items.size() / PART, 4 * threads);
        int size = (items.size() + parts - 1) / parts;
        List<Future<R>> futures = new ArrayList<>(parts);
        for (int from = 0; from < items.size(); from += size) {
            List<T> sub = items.subList(from, Math.min(items.size(), from + size));
            futures.add(pool.submit(() -> part.apply(sub)));
        }
        List<R> out = new ArrayList<>(futures.size());
        boolean interrupted = false;
        for (Future<R> f : futures) {
            while (true) {
                try {
                    out.add(await(f));
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** The smallest part of a list worth giving to a thread of the pool. */
    private static final int PART = 256;

    /**
     * Screens the region for subjects who qualify for a program that declares screening this month and have no
     * case of it, and opens one for each: started at once ({@link Screening.Action#START}, returned to be run
     * this month) or for review.
     *
     * <p>Each household is looked at once for all the programs that screen (its data is then at hand for each of
     * them), by the threads of the pool when there is one; what that gives is then applied program after program,
     * in the order of the candidates, exactly as screening one program after another would.
     */
    private List<Case> screen(Storage view, RegistrySnapshot registry, YearMonth month,
                              Instant monthStart, Enrolments enrolments, List<ProgramRule<?>> screeners,
                              Map<ProgramCode, Set<SubjectRef>> pending, List<Set<String>> openedThisMonth,
                              Tally tally, ExecutorService pool, Memo memo, Runnable beforeSaving) {
        if (screeners.isEmpty()) {
            return List.of();
        }
        String monthId = monthId(month);
        String idSuffix = "-" + monthId;
        int k = screeners.size();
        List<Set<SubjectRef>> has = new ArrayList<>(k);
        // the history of every case a program opens this month: the same entries for each (the program's reason, the
        // start of the month, its approval level), made once and shared by the histories of its cases — made per case,
        // with the case rebuilt at each step, they were a large part of what the run allocated and kept (decision
        // record 0431)
        List<List<Transition>> histories = new ArrayList<>(k);
        for (ProgramRule<?> program : screeners) {
            has.add(pending.getOrDefault(program.programCode(), Set.of()));
            histories.add(screeningHistory(program, month, monthStart));
        }
        // the households an earlier run of this month found settled, when nothing its screening read has changed
        List<Household> households = registry.householdList();
        BitSet settledBefore = memo.settledBefore();
        List<ScreenedPart> parts = inParts(indices(households.size()), range -> {
            int from = range.isEmpty() ? 0 : range.get(0);
            int to = from + range.size();
            List<List<Screened>> out = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                out.add(new ArrayList<>());
            }
            // bit (index - from) * k + i: household index settled for program i
            BitSet settled = new BitSet((to - from) * k);
            List<RegistrySnapshot.Candidate> candidates = new ArrayList<>(4);
            FactsOfHousehold facts = new FactsOfHousehold(registry, month, enrolments);
            for (int index = from; index < to; index++) {
                Household h = households.get(index);
                facts.clear();
                for (int i = 0; i < k; i++) {
                    if (settledBefore != null && settledBefore.get(index * k + i)) {
                        settled.set((index - from) * k + i);
                        continue;
                    }
                    boolean all = true;
                    ProgramRule<?> program = screeners.get(i);
                    candidates.clear();
                    RegistrySnapshot.screeningCandidates(program, program.monthly().screening(), month, h,
                            candidates);
                    for (RegistrySnapshot.Candidate c : candidates) {
                        Screened r = screenOne(program, c, facts, month, monthId, histories.get(i),
                                has.get(i), openedThisMonth.get(i));
                        if (r != NOT_QUALIFYING) {
                            all = false; // not assessed (it has a case), opened, or failed
                            if (r != null) {
                                out.get(i).add(r);
                            }
                        }
                    }
                    if (all) {
                        settled.set((index - from) * k + i);
                    }
                }
            }
            return new ScreenedPart(from, to, out, settled);
        }, pool);
        for (ScreenedPart part : parts) {
            for (int b = part.settled().nextSetBit(0); b >= 0; b = part.settled().nextSetBit(b + 1)) {
                memo.settledNow().set(part.from() * k + b);
            }
        }
        beforeSaving.run();
        List<Case> started = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            ProgramRule<?> program = screeners.get(i);
            Screening screening = program.monthly().screening();
            Set<String> opened = openedThisMonth.get(i);
            List<Case> open = new ArrayList<>();
            for (ScreenedPart part : parts) {
                for (Screened r : part.screened().get(i)) {
                    if (r.failure() != null) {
                        if (!opened.contains(r.subjectId())) {
                            tally.program(program.programCode()).failed++;
                            tally.fail(r.failure());
                        }
                    } else if (opened.add(r.subjectId())) {
                        open.add(r.opened());
                        // an id that reads as another program's id of this month (codes and subject ids may hold
                        // hyphens) keeps that program from opening it again, as one set of all ids did
                        String id = r.opened().id().value();
                        for (int j = i + 1; j < k; j++) {
                            String prefix = screeners.get(j).code() + "-";
                            if (id.length() > prefix.length() + idSuffix.length() && id.startsWith(prefix)) {
                                openedThisMonth.get(j).add(id.substring(prefix.length(),
                                        id.length() - idSuffix.length()));
                            }
                        }
                    }
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            WriteContext ctx = WriteContext.of(ACTOR, "monthly run " + month + ": screening for " + program.code());
            for (int from = 0; from < open.size(); from += batchSize) {
                List<Case> batch = open.subList(from, Math.min(open.size(), from + batchSize));
                try {
                    List<Case> saved = view.inTransaction(tx -> tx.cases().saveAll(batch, ctx));
                    Counts counts = tally.program(program.programCode());
                    if (screening.action() == Screening.Action.START) {
                        counts.enrolled += saved.size();
                        started.addAll(saved);
                    } else {
                        counts.referred += saved.size();
                    }
                } catch (RuntimeException e) {
                    tally.program(program.programCode()).failed += batch.size();
                    tally.fail(new RunFailure(Optional.empty(), Optional.of(program.programCode()), "screening-failed",
                            batch.size() + " cases opened by screening could not be saved: " + describe(e)));
                }
            }
        }
        return started;
    }

    /**
     * What screening one candidate gave: a case to open, or a failure to report (exactly one is not null), for the
     * subject of that id.
     */
    private record Screened(String subjectId, Case opened, RunFailure failure) {
    }

    /** What {@link #screenOne} gives for a candidate assessed who does not qualify. */
    private static final Screened NOT_QUALIFYING = new Screened(null, null, null);

    /**
     * What screening the households {@code from} (inclusive) to {@code to} of the snapshot gave: by program, what
     * to open or report, and for which programs those households are settled (bit {@code (household - from) * k +
     * program}: every candidate of the household for the program assessed,
     * none qualifying).
     */
    private record ScreenedPart(int from, int to, List<List<Screened>> screened, BitSet settled) {
    }

    /** The numbers 0 to {@code n - 1}, as a list that is split into ranges without being stored. */
    private static List<Integer> indices(int n) {
        return new java.util.AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /**
     * Screens one candidate; null when it has a case, {@link #NOT_QUALIFYING} when assessed and it does not qualify.
     * Reads only the snapshot and the sets it is given, which nothing changes meanwhile.
     */
    private Screened screenOne(ProgramRule<?> program, RegistrySnapshot.Candidate candidate, FactsOfHousehold facts,
                               YearMonth month, String monthId, List<Transition> history,
                               Set<SubjectRef> has, Set<String> openedThisMonth) {
        SubjectRef subject = candidate.subject();
        if (has.contains(subject)) {
            return null;
        }
        if (!openedThisMonth.isEmpty() && openedThisMonth.contains(subject.id())) {
            return null; // opened by an earlier run of this month
        }
        Decision d;
        try {
            d = ca.programs().forRegion(program.programCode(), candidate.region())
                    .assess(facts.of(candidate), standards(candidate.region(), month));
        } catch (RuntimeException e) {
            CaseId id = CaseId.of(program.code() + "-" + subject.id() + "-" + monthId);
            return new Screened(subject.id(), null, new RunFailure(Optional.of(id), Optional.of(program.programCode()),
                    "screening-assessment-failed", describe(e)));
        }
        if (!program.monthly().screening().opens(d)) {
            return NOT_QUALIFYING;
        }
        // the id only for a case opened (most candidates do not qualify)
        CaseId id = CaseId.of(program.code() + "-" + subject.id() + "-" + monthId);
        Case c = Case.builder().id(id).program(program.programCode()).subject(subject).region(candidate.region())
                .applicant(candidate.applicant()).history(history).build();
        return new Screened(subject.id(), c, null);
    }

    /**
     * The history of a case a program's screening opens in a month: its application and, for a program that starts
     * what it finds ({@link Screening.Action#START}), its review, approval and start — the entries
     * {@code Case.open(…).review(…).approve(…).activate(…)} records, all at the start of the month, by the run, with
     * the program's reason.
     */
    static List<Transition> screeningHistory(ProgramRule<?> program, YearMonth month, Instant monthStart) {
        String why = SCREENING_REASON + month + " (排查发现符合" + program.chineseName() + "条件)";
        ApprovalLevel level = program.monthly().approval();
        Transition applied = Transition.application(ACTOR, monthStart, why, level);
        if (program.monthly().screening().action() != Screening.Action.START) {
            return List.of(applied);
        }
        return List.of(applied,
                Transition.of(CaseState.APPLIED, CaseState.REVIEWED, ACTOR, monthStart, why, ApprovalLevel.TOWNSHIP),
                Transition.of(CaseState.REVIEWED, CaseState.APPROVED, ACTOR, monthStart, why, level),
                Transition.of(CaseState.APPROVED, CaseState.ACTIVE, ACTOR, monthStart, why, level));
    }

    /**
     * The facts of the subjects of one household, built once for all the programs that screen it (the facts of a
     * subject do not depend on the program: a person over 59 is a candidate of four programs). Used by one thread;
     * {@link #clear} before the next household. A failure to build is not kept: the next program asks again and
     * fails as it did.
     */
    private static final class FactsOfHousehold {
        private final RegistrySnapshot registry;
        private final YearMonth month;
        private final Enrolments enrolments;
        private final List<SubjectRef> subjects = new ArrayList<>(4);
        private final List<SubjectFacts> facts = new ArrayList<>(4);

        FactsOfHousehold(RegistrySnapshot registry, YearMonth month, Enrolments enrolments) {
            this.registry = registry;
            this.month = month;
            this.enrolments = enrolments;
        }

        void clear() {
            subjects.clear();
            facts.clear();
        }

        SubjectFacts of(RegistrySnapshot.Candidate candidate) {
            for (int i = 0; i < subjects.size(); i++) {
                if (subjects.get(i).equals(candidate.subject())) {
                    return facts.get(i);
                }
            }
            SubjectFacts f = registry.facts(candidate, month, enrolments);
            subjects.add(candidate.subject());
            facts.add(f);
            return f;
        }
    }

    /**
     * What a run takes from an earlier run of the month ({@code before}: null when any input differs) and gathers for
     * the next (decision record 0400). The settled households are marked by the screening parts before the decided
     * batches are added, all on the calling thread; the earlier run's sets are only read.
     */
    private static final class Memo {
        private final RunMemo before;
        private final boolean keep;
        private final BitSet settledNow;
        private final Map<CaseId, Decided> decidedNow;

        Memo(RunMemo before, int households, boolean keep) {
            this.before = before;
            this.keep = keep;
            this.settledNow = new BitSet(households); // grows to households × programs
            this.decidedNow = keep ? new HashMap<>() : Map.of();
        }

        BitSet settledBefore() {
            return before == null ? null : before.settled();
        }

        BitSet settledNow() {
            return settledNow;
        }

        /** How an earlier run decided this very case from the same inputs, or null. */
        Decided decidedBefore(Case c) {
            if (before == null) {
                return null;
            }
            Decided d = before.decided().get(c.id());
            // the same object is the same case (cases are immutable); an equal one read anew is too
            return d != null && (d.c() == c || d.c().equals(c)) ? d : null;
        }

        void decided(List<Decided> batch) {
            if (keep) {
                for (Decided d : batch) {
                    decidedNow.put(d.c().id(), d);
                }
            }
        }

        /** What to keep for the next run; null when the store reads records anew (decision record 0400). */
        RunMemo keep(RegionCode region, YearMonth month, RegistrySnapshot registry, Enrolments enrolments,
                     List<ProgramCode> screeners, Map<RegionCode, ResolvedStandards> standards) {
            return keep ? new RunMemo(region, month, registry.householdList(), enrolments, registry.records(),
                    standards, screeners, settledNow, decidedNow) : null;
        }
    }

    /** The outcome for one case: its new version (if changed) and the payments to post. */
    private record Outcome(Case original, Optional<Case> updated, List<PaymentRequest> payments,
                           List<CaseChange> changes) {
    }

    /**
     * What deciding one case gave, before it is applied to the tally: whether it was assessed, a failure to report,
     * and the outcome to commit (its payments still to be read from the ledger when {@code grace}).
     */
    record Decided(Case c, boolean assessed, RunFailure failure, Outcome outcome, boolean grace) {
    }

    private List<Decided> decideAll(List<Case> batch, RegistrySnapshot registry, YearMonth month, Instant monthStart,
                                    Enrolments enrolments, Memo memo) {
        List<Decided> out = new ArrayList<>(batch.size());
        for (Case c : batch) {
            Decided before = memo.decidedBefore(c);
            out.add(before != null ? before : decide(registry, c, month, monthStart, enrolments));
        }
        return out;
    }

    /** Applies a decided case to the tally, in the order of the cases; reads the grace amounts from storage. */
    private static Outcome apply(Storage view, Decided d, YearMonth month, Tally tally) {
        if (d.c() == null) {
            return null;
        }
        Counts counts = tally.program(d.c().program());
        if (d.assessed()) {
            counts.assessed++;
        }
        if (d.failure() != null) {
            counts.failed++;
            tally.fail(d.failure());
        }
        Outcome o = d.outcome();
        if (o != null && d.grace()) {
            o = new Outcome(o.original(), o.updated(), requests(d.c().id(), month, graceAmount(view, d.c().id(), month)),
                    o.changes());
        }
        return o;
    }

    /** Decides one case from the snapshot alone (safe on any thread). */
    private Decided decide(RegistrySnapshot registry, Case c, YearMonth month, Instant monthStart,
                           Enrolments enrolments) {
        ProgramCode code = c.program();
        Optional<SubjectFacts> facts = registry.facts(c.subject(), month, enrolments);
        if (facts.isEmpty()) {
            return new Decided(c, false, new RunFailure(Optional.of(c.id()), Optional.of(code), "subject-not-found",
                    "the case's subject is not stored in the region (业务对象不存在)"), null, false);
        }
        if (!CaseStep.runs(c, monthStart, nextMonthStart(month))) {
            return new Decided(c, false, null, null, false);
        }
        ProgramRule<?> rule;
        Decision d;
        int grace = 0;
        try {
            rule = ca.programs().forRegion(code, c.region());
            ResolvedStandards standards = standards(c.region(), month);
            d = rule.assess(facts.get(), standards);
            Optional<GradualExit> exit = rule.monthly().gradualExit();
            if (exit.isPresent()) {
                grace = standards.find(exit.get().months()).orElse(0);
            }
        } catch (RuntimeException e) {
            return new Decided(c, false, new RunFailure(Optional.of(c.id()), Optional.of(code), "assessment-failed",
                    describe(e)), null, false);
        }
        boolean graceTrigger = rule.monthly().gradualExit().map(g -> g.opensOn(d)).orElse(false);
        CaseStep.Outcome step = CaseStep.next(c, d, graceTrigger, grace,
                rule.monthly().screening().proposesClosing(), month, clock.getZone());
        if (step == null) {
            return new Decided(c, true, null, null, false);
        }
        if (step.leftForReview()) {
            return new Decided(c, true, new RunFailure(Optional.of(c.id()), Optional.of(code), "approved-but-ineligible",
                    "approved, but not eligible in " + month + " [" + CaseStep.codes(d)
                            + "]: left for review (已审批但本月不符合条件，待复核)"), null, false);
        }
        Case current = c;
        List<CaseChange> changes = List.of();
        if (step.moves()) {
            changes = new ArrayList<>(1);
            current = move(c, step.to(), CaseStep.moveAt(c, monthStart), step.code(), step.why(), changes);
        }
        List<PaymentRequest> requests = switch (step.pay()) {
            case DECISION -> requests(c.id(), month, d.amountsByComponent());
            case GRACE, NOTHING -> List.of();
        };
        return new Decided(c, true, null,
                new Outcome(c, current == c ? Optional.empty() : Optional.of(current), requests, changes),
                step.pay() == CaseStep.Pay.GRACE);
    }

    /** The requests for the positive amounts, in the order of the components (what a sorted copy of the map gave). */
    private static List<PaymentRequest> requests(CaseId id, YearMonth month, Map<PaymentComponent, Money> pay) {
        Map<PaymentComponent, Money> positive = CaseStep.positive(pay);
        List<PaymentRequest> requests = positive.isEmpty() ? List.of() : new ArrayList<>(positive.size());
        positive.forEach((component, amount) ->
                requests.add(PaymentRequest.of(PaymentKey.of(id, month, component), amount)));
        return requests;
    }

    private static Case move(Case c, CaseState to, Instant at, String code, String why, List<CaseChange> changes) {
        Case next = c.moveTo(to, ApprovalLevel.COUNTY, ACTOR, at, why);
        changes.add(new CaseChange(c.id(), c.program(), c.state(), to, code, why, at));
        return next;
    }

    private Instant nextMonthStart(YearMonth month) {
        return cached(month).nextStart();
    }

    private Cached cached(YearMonth month) {
        Cached cached = this.cached;
        if (cached != null && month.equals(cached.month())) {
            return cached;
        }
        cached = new Cached(month, month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant(),
                MONTH_ID.format(month), new ConcurrentHashMap<>());
        this.cached = cached;
        return cached;
    }

    /**
     * The month of the run and what is derived from it; one value any thread may read. {@code standards} holds the
     * month's standards of each region met so far (what {@link CivilAffairs#standards} gives, looked up once a
     * region rather than once a subject).
     */
    private record Cached(YearMonth month, Instant nextStart, String monthId,
                          ConcurrentHashMap<RegionCode, ResolvedStandards> standards) {
    }

    /**
     * The standards in force in a region in the run's month: {@link CivilAffairs#standards}, kept for the run. A
     * failure is not kept (the next subject of the region asks again, and fails as it did).
     */
    private ResolvedStandards standards(RegionCode region, YearMonth month) {
        ConcurrentHashMap<RegionCode, ResolvedStandards> byRegion = cached(month).standards();
        ResolvedStandards s = byRegion.get(region);
        if (s == null) {
            s = ca.standards(region, month);
            byRegion.putIfAbsent(region, s);
        }
        return s;
    }

    /** The month as it appears in the ids of cases opened by screening ({@code yyyyMM}), formatted once a run. */
    private String monthId(YearMonth month) {
        return cached(month).monthId();
    }

    /** The state of a case just before an instant (its state at the start of the month). */
    static CaseState stateBefore(Case c, Instant instant) {
        return RegistrySnapshot.stateBefore(c, instant);
    }

    /** The amounts of the last month paid before {@code month}, by component: kept during gradual exit. */
    private static Map<PaymentComponent, Money> graceAmount(Storage view, CaseId id, YearMonth month) {
        Map<YearMonth, Map<PaymentComponent, Money>> net = new TreeMap<>();
        for (Payment p : view.payments().findByCase(id)) {
            if (p.key().month().isBefore(month)) {
                net.computeIfAbsent(p.key().month(), m -> new EnumMap<>(PaymentComponent.class))
                        .merge(p.key().component(), p.amount(), Money::plus);
            }
        }
        Map<PaymentComponent, Money> latest = Map.of();
        for (Map<PaymentComponent, Money> m : net.values()) {
            if (m.values().stream().anyMatch(Money::isPositive)) {
                latest = m;
            }
        }
        return latest;
    }

    private void commit(Storage view, YearMonth month, List<Outcome> outcomes, Tally tally) {
        if (outcomes.isEmpty()) {
            return;
        }
        WriteContext ctx = WriteContext.of(ACTOR, "monthly run " + month);
        try {
            List<PostResult> results = view.inTransaction(tx -> write(tx, outcomes, ctx));
            record(outcomes, results, tally);
        } catch (RuntimeException batchFailure) {
            if (outcomes.size() == 1) {
                Outcome o = outcomes.get(0);
                tally.program(o.original().program()).failed++;
                tally.fail(new RunFailure(Optional.of(o.original().id()), Optional.of(o.original().program()),
                        "storage-failed", describe(batchFailure)));
                return;
            }
            LOG.warn("Monthly run {}: a batch of {} cases failed ({}); retrying case by case", month, outcomes.size(),
                    batchFailure.getClass().getSimpleName());
            for (Outcome o : outcomes) {
                commit(view, month, List.of(o), tally);
            }
        }
    }

    private static List<PostResult> write(Storage tx, List<Outcome> outcomes, WriteContext ctx) {
        List<Case> changed = new ArrayList<>();
        List<PaymentRequest> requests = new ArrayList<>();
        for (Outcome o : outcomes) {
            o.updated().ifPresent(changed::add);
            requests.addAll(o.payments());
        }
        if (!changed.isEmpty()) {
            tx.cases().saveAll(changed, ctx);
        }
        return requests.isEmpty() ? List.of() : tx.payments().postAll(requests, ctx);
    }

    private static void record(List<Outcome> outcomes, List<PostResult> results, Tally tally) {
        int i = 0;
        for (Outcome o : outcomes) {
            Counts counts = tally.program(o.original().program());
            if (!o.changes().isEmpty()) {
                counts.changed++;
                tally.changes.addAll(o.changes());
            }
            if (!o.payments().isEmpty()) {
                counts.paid++;
            }
            for (int k = 0; k < o.payments().size(); k++, i++) {
                PostResult r = results.get(i);
                counts.amount = counts.amount.plus(r.entry().amount());
                if (r.posted()) {
                    counts.posted++;
                } else {
                    counts.alreadyPosted++;
                    if (r.conflicting()) {
                        tally.fail(new RunFailure(Optional.of(o.original().id()), Optional.of(o.original().program()),
                                "conflicting-amount", "already posted for " + r.entry().key().month() + " "
                                + r.entry().key().component().code() + " with " + r.entry().amount() + ", now computed "
                                + r.requested() + ": a correction needs a reversal (金额不一致，需冲正后重发)"));
                    }
                }
            }
        }
    }

    /** Exception class and message, which storage and core keep free of personal data. */
    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + IdNumber.maskWithin(m.length() > 300 ? m.substring(0, 300) + "…" : m));
    }

    private static final class Counts {
        int assessed;
        int paid;
        int posted;
        int alreadyPosted;
        int changed;
        int enrolled;
        int referred;
        int failed;
        Money amount = Money.ZERO;
    }

    private static final class Tally {
        final MonthlyRunListener listener;
        final Map<ProgramCode, Counts> counts = new LinkedHashMap<>();
        final List<CaseChange> changes = new ArrayList<>();
        final List<RunFailure> failures = new ArrayList<>();

        Tally(MonthlyRunListener listener) {
            this.listener = listener;
        }

        Counts program(ProgramCode p) {
            return counts.computeIfAbsent(p, k -> new Counts());
        }

        void fail(RunFailure f) {
            failures.add(f);
            LOG.warn("Monthly run: case {} failed: {}", f.caseId().map(CaseId::toString).orElse("-"), f.code());
            try {
                listener.failed(f);
            } catch (RuntimeException e) {
                LOG.warn("A monthly-run listener threw {}; ignored", e.getClass().getSimpleName());
            }
        }

        void started(YearMonth month, RegionCode region, int total) {
            try {
                listener.started(month, region, total);
            } catch (RuntimeException e) {
                LOG.warn("A monthly-run listener threw {}; ignored", e.getClass().getSimpleName());
            }
        }

        void progress(int done, int total) {
            try {
                listener.progress(done, total);
            } catch (RuntimeException e) {
                LOG.warn("A monthly-run listener threw {}; ignored", e.getClass().getSimpleName());
            }
        }

        void finished(MonthlyRun run) {
            try {
                listener.finished(run);
            } catch (RuntimeException e) {
                LOG.warn("A monthly-run listener threw {}; ignored", e.getClass().getSimpleName());
            }
        }

        Map<ProgramCode, ProgramRun> programs() {
            Map<ProgramCode, ProgramRun> out = new LinkedHashMap<>();
            counts.forEach((p, c) -> out.put(p, new ProgramRun(p, c.assessed, c.paid, c.posted, c.alreadyPosted,
                    c.changed, c.enrolled, c.referred, c.failed, c.amount)));
            return out;
        }
    }
}
