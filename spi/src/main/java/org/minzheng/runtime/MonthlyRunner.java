package org.minzheng.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of {@code CivilAffairs.runMonth}: loads a region's households and open cases,
 * re-assesses each case with the month's standards, applies dynamic management (gradual exit,
 * termination, start of payments, automatic 尊老金 enrolment) and posts the month's payments to
 * the idempotent ledger, a batch of cases per transaction.
 *
 * <p><b>Why it is safe to interrupt.</b> Every decision depends only on stored state and the
 * month, never on what an earlier attempt did in memory; each batch commits its case changes and
 * payments together; the ledger ignores a key already posted. A run killed at any point therefore
 * leaves whole batches, and running the month again redoes exactly what is missing. A case that
 * changed state in a committed batch is, on the rerun, in a state whose rule gives the same
 * payment (in gradual exit since this month → the grace amount; terminated → nothing).
 */
final class MonthlyRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyRunner.class);

    /** The actor named in the audit log and the case histories. */
    static final String ACTOR = "minzheng-monthly-run";

    private static final Set<CaseState> OPEN = EnumSet.of(CaseState.APPROVED, CaseState.ACTIVE, CaseState.IN_GRACE);
    /**
     * Programs decided once on application, not re-assessed monthly: 临时救助 is granted for a
     * need (an emergency, a spending spike) that the case worker assesses and pays at approval.
     */
    private static final Set<Program> NOT_RECURRING = EnumSet.of(Program.TEMPORARY_ASSISTANCE);
    /** The lowest age band of 尊老金; the calculator decides the exact month (age basis). */
    private static final int SENIOR_AGE = 80;

    private final Storage storage;
    private final CaseAssessor assessor;
    private final Clock clock;
    private final int batchSize;

    MonthlyRunner(Storage storage, CaseAssessor assessor, Clock clock, int batchSize) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batchSize = batchSize;
    }

    MonthlyRun run(YearMonth month, RegionCode region, MonthlyRunListener listener) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(listener, "listener");
        Instant t0 = clock.instant();
        Storage view = storage.scopedTo(region);
        ZoneId zone = clock.getZone();
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Tally tally = new Tally(listener);
        LOG.info("Monthly run {} for region {}: loading", month, region.shortForm());

        Map<HouseholdId, Household> households = new HashMap<>();
        Map<PersonId, Household> householdOf = new HashMap<>();
        try (Stream<Household> s = view.households().streamByRegion(region)) {
            s.forEach(h -> {
                households.put(h.id(), h);
                for (Member m : h.members()) {
                    householdOf.put(m.person().id(), h);
                }
            });
        }
        List<Case> work = new ArrayList<>();
        Set<PersonId> withSeniorCase = new HashSet<>();
        Enrolments enrolments = new Enrolments();
        try (Stream<Case> s = view.cases().streamByRegion(region)) {
            s.forEach(c -> {
                if (c.program() == Program.SENIOR_ALLOWANCE) {
                    c.subject().person().ifPresent(withSeniorCase::add);
                }
                if (OPEN.contains(c.state()) && !NOT_RECURRING.contains(c.program())) {
                    work.add(c);
                }
                CaseState before = stateBefore(c, monthStart);
                if (before == CaseState.ACTIVE || before == CaseState.IN_GRACE) {
                    enrolments.add(c);
                }
            });
        }

        work.addAll(enrol(view, month, monthStart, households.values(), withSeniorCase, enrolments, tally));
        tally.started(month, region, work.size());
        LOG.info("Monthly run {} for region {}: {} households, {} open cases", month, region.shortForm(),
                households.size(), work.size());

        boolean complete = true;
        int done = 0;
        for (int from = 0; from < work.size(); from += batchSize) {
            if (Thread.currentThread().isInterrupted()) {
                tally.fail(new RunFailure(Optional.empty(), Optional.empty(), "interrupted",
                        "the run was interrupted after " + done + " of " + work.size()
                                + " cases; run the month again to complete it (运行被中断，请重新运行本月)"));
                complete = false;
                break;
            }
            List<Case> batch = work.subList(from, Math.min(work.size(), from + batchSize));
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            for (Case c : batch) {
                Outcome o = decide(view, c, month, monthStart, households, householdOf, enrolments, tally);
                if (o != null) {
                    outcomes.add(o);
                }
            }
            commit(view, month, outcomes, tally);
            done += batch.size();
            tally.progress(done, work.size());
        }
        MonthlyRun result = new MonthlyRun(month, region, tally.programs(), tally.changes, tally.failures, complete,
                Duration.between(t0, clock.instant()));
        LOG.info("Monthly run {} for region {}: assessed {}, posted {}, already posted {}, changed {}, failed {}",
                month, region.shortForm(), result.assessed(), result.posted(), result.alreadyPosted(),
                result.changes().size(), result.failures().size());
        tally.finished(result);
        return result;
    }

    /** Opens 尊老金 cases for persons who reach the age this month and have none. */
    private List<Case> enrol(Storage view, YearMonth month, Instant monthStart, Iterable<Household> households,
                             Set<PersonId> withSeniorCase, Enrolments enrolments, Tally tally) {
        List<Case> opened = new ArrayList<>();
        LocalDate end = month.atEndOfMonth();
        for (Household h : households) {
            for (Member m : h.members()) {
                Person p = m.person();
                if (withSeniorCase.contains(p.id()) || p.isDeceased()) {
                    continue;
                }
                int age = p.ageOn(end);
                if (age < SENIOR_AGE - 1 || age > SENIOR_AGE) {
                    continue;
                }
                CaseId id = CaseId.of("auto-" + Program.SENIOR_ALLOWANCE.code() + "-" + p.id().value());
                try {
                    CaseAssessor.Subject subject = enrolments.subject(h, Optional.of(p), List.of());
                    boolean now = assessor.assess(Program.SENIOR_ALLOWANCE, subject, h.region(), month).eligible();
                    boolean before = assessor.assess(Program.SENIOR_ALLOWANCE, subject, h.region(), month.minusMonths(1)).eligible();
                    if (!now || before) {
                        continue;
                    }
                    String why = "reached the age for the senior allowance in " + month + " (年满" + SENIOR_AGE + "周岁，自动纳入尊老金)";
                    Case c = Case.open(id, Program.SENIOR_ALLOWANCE, SubjectRef.person(p.id()), h.region(), p.id(),
                                    Transition.application(ACTOR, monthStart, why, ApprovalLevel.COUNTY))
                            .review(ACTOR, monthStart, why)
                            .approve(ApprovalLevel.COUNTY, ACTOR, monthStart, why)
                            .activate(ApprovalLevel.COUNTY, ACTOR, monthStart, why);
                    Case saved = view.cases().save(c, WriteContext.of(ACTOR, "monthly run " + month + ": automatic enrolment"));
                    tally.program(Program.SENIOR_ALLOWANCE).enrolled++;
                    opened.add(saved);
                } catch (RuntimeException e) {
                    tally.fail(new RunFailure(Optional.of(id), Optional.of(Program.SENIOR_ALLOWANCE), "enrolment-failed",
                            describe(e)));
                }
            }
        }
        return opened;
    }

    /** The outcome for one case: its new version (if changed) and the payments to post. */
    private record Outcome(Case original, Optional<Case> updated, List<PaymentRequest> payments, List<CaseChange> changes) {
    }

    private Outcome decide(Storage view, Case c, YearMonth month, Instant monthStart, Map<HouseholdId, Household> households,
                           Map<PersonId, Household> householdOf, Enrolments enrolments, Tally tally) {
        Program program = c.program();
        Counts counts = tally.program(program);
        Household household;
        Optional<Person> person = Optional.empty();
        if (c.subject().kind() == SubjectKind.HOUSEHOLD) {
            household = c.subject().household().map(households::get).orElse(null);
        } else {
            PersonId pid = c.subject().person().orElseThrow();
            household = householdOf.get(pid);
            if (household != null) {
                person = household.member(pid).map(Member::person);
            }
        }
        if (household == null || (c.subject().kind() == SubjectKind.PERSON && person.isEmpty())) {
            counts.failed++;
            tally.fail(new RunFailure(Optional.of(c.id()), Optional.of(program), "subject-not-found",
                    "the case's subject is not stored in the region (业务对象不存在)"));
            return null;
        }
        Instant last = c.history().get(c.history().size() - 1).at();
        if (!last.isBefore(nextMonthStart(month))) {
            return null; // changed by a later month's run: an earlier month run again leaves it alone
        }
        if (c.state() == CaseState.APPROVED && !last.isBefore(monthStart)) {
            return null; // approved this month or later: payments start the month after approval
        }
        CaseAssessor.Assessment a;
        int grace;
        try {
            List<GuardianshipConfirmation> confirmations = program == Program.LEFT_BEHIND_CHILD_CARE
                    ? view.serviceRecords().findBySubject(c.subject()).stream()
                            .filter(GuardianshipConfirmation.class::isInstance).map(GuardianshipConfirmation.class::cast).toList()
                    : List.of();
            a = assessor.assess(program, enrolments.subject(household, person, confirmations), c.region(), month);
            grace = assessor.graceMonths(program, c.region(), month);
        } catch (RuntimeException e) {
            counts.failed++;
            tally.fail(new RunFailure(Optional.of(c.id()), Optional.of(program), "assessment-failed", describe(e)));
            return null;
        }
        counts.assessed++;
        Instant at = last.isAfter(monthStart) ? last : monthStart;
        String codes = String.join(",", a.reasonCodes());
        Case current = c;
        List<CaseChange> changes = new ArrayList<>();
        Map<PaymentComponent, Money> pay = Map.of();
        switch (c.state()) {
            case APPROVED -> {
                if (!a.eligible()) {
                    counts.failed++;
                    tally.fail(new RunFailure(Optional.of(c.id()), Optional.of(program), "approved-but-ineligible",
                            "approved, but not eligible in " + month + " [" + codes + "]: left for review (已审批但本月不符合条件，待复核)"));
                    return null;
                }
                current = move(current, CaseState.ACTIVE, at, "payments-start",
                        "payments start the month after approval (批准次月起发放)", changes);
                pay = a.components();
            }
            case ACTIVE -> {
                if (a.eligible()) {
                    pay = a.components();
                } else if (a.incomeAboveStandard() && grace > 0) {
                    current = move(current, CaseState.IN_GRACE, at, "income-above-standard",
                            "income above the standard: gradual exit for " + grace + " months (收入超过标准，进入渐退期) [" + codes + "]", changes);
                    pay = graceAmount(view, c.id(), month);
                } else {
                    current = move(current, CaseState.TERMINATED, at, a.incomeAboveStandard() ? "income-above-standard" : "not-eligible",
                            "no longer eligible (不再符合条件) [" + codes + "]", changes);
                }
            }
            case IN_GRACE -> {
                if (a.eligible()) {
                    current = move(current, CaseState.ACTIVE, at, "eligible-again",
                            "eligible again during gradual exit (渐退期内重新符合条件)", changes);
                    pay = a.components();
                } else {
                    YearMonth graceStart = graceStart(c, clock.getZone());
                    long used = graceStart.until(month, java.time.temporal.ChronoUnit.MONTHS);
                    if (a.incomeAboveStandard() && used < grace) {
                        pay = graceAmount(view, c.id(), month);
                    } else {
                        current = move(current, CaseState.TERMINATED, at,
                                a.incomeAboveStandard() ? "grace-period-ended" : "not-eligible",
                                (a.incomeAboveStandard() ? "gradual exit ended (渐退期满)" : "no longer eligible (不再符合条件)")
                                        + " [" + codes + "]", changes);
                    }
                }
            }
            default -> {
                return null;
            }
        }
        List<PaymentRequest> requests = new ArrayList<>();
        new TreeMap<>(pay).forEach((component, amount) -> {
            if (amount.isPositive()) {
                requests.add(PaymentRequest.of(PaymentKey.of(c.id(), month, component), amount));
            }
        });
        return new Outcome(c, current == c ? Optional.empty() : Optional.of(current), requests, changes);
    }

    private static Case move(Case c, CaseState to, Instant at, String code, String why, List<CaseChange> changes) {
        Case next = c.moveTo(to, ApprovalLevel.COUNTY, ACTOR, at, why);
        changes.add(new CaseChange(c.id(), c.program(), c.state(), to, code, why, at));
        return next;
    }

    private Instant nextMonthStart(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The state of a case just before an instant (its state at the start of the month). */
    static CaseState stateBefore(Case c, Instant instant) {
        CaseState state = null;
        for (Transition t : c.history()) {
            if (!t.at().isBefore(instant)) {
                break;
            }
            state = t.to();
        }
        return state;
    }

    /** Who was enrolled in what at the start of the month, from the cases then active or in grace. */
    private static final class Enrolments {
        private final Map<HouseholdId, Set<Program>> households = new HashMap<>();
        private final Map<PersonId, Set<Program>> persons = new HashMap<>();

        void add(Case c) {
            c.subject().household().ifPresent(id -> households.computeIfAbsent(id, k -> EnumSet.noneOf(Program.class)).add(c.program()));
            c.subject().person().ifPresent(id -> persons.computeIfAbsent(id, k -> EnumSet.noneOf(Program.class)).add(c.program()));
        }

        CaseAssessor.Subject subject(Household h, Optional<Person> person, List<GuardianshipConfirmation> confirmations) {
            Map<PersonId, Set<Program>> members = new HashMap<>();
            for (Member m : h.members()) {
                Set<Program> p = persons.get(m.person().id());
                if (p != null) {
                    members.put(m.person().id(), p);
                }
            }
            return new CaseAssessor.Subject(h, person, households.getOrDefault(h.id(), Set.of()), members, confirmations);
        }
    }

    private static YearMonth graceStart(Case c, ZoneId zone) {
        List<Transition> h = c.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).to() == CaseState.IN_GRACE) {
                return YearMonth.from(h.get(i).at().atZone(zone));
            }
        }
        throw new IllegalStateException("case " + c.id() + " is in grace without a grace transition");
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
        int failed;
        Money amount = Money.ZERO;
    }

    private static final class Tally {
        final MonthlyRunListener listener;
        final Map<Program, Counts> counts = new EnumMap<>(Program.class);
        final List<CaseChange> changes = new ArrayList<>();
        final List<RunFailure> failures = new ArrayList<>();

        Tally(MonthlyRunListener listener) {
            this.listener = listener;
        }

        Counts program(Program p) {
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

        Map<Program, ProgramRun> programs() {
            Map<Program, ProgramRun> out = new EnumMap<>(Program.class);
            counts.forEach((p, c) -> out.put(p, new ProgramRun(p, c.assessed, c.paid, c.posted, c.alreadyPosted,
                    c.changed, c.enrolled, c.failed, c.amount)));
            return out;
        }
    }
}
