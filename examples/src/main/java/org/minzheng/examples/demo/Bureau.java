package org.minzheng.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.examples.demo.population.LifeEvent;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * The bureau's desk (民政窗口): records the month's events in the registry and decides the applications residents
 * made, by the library's rules ({@link CivilAffairs#assess}). An eligible application becomes an approved case,
 * which the monthly run starts paying or serving the month after approval; an ineligible one is refused and only
 * counted. 临时救助 is decided and paid at once (decision 0063). Nothing here chooses who qualifies: the rules do.
 *
 * <p>Every write is idempotent (case ids are made of the program, the subject and the month; the month's registry
 * changes carry the month in their audit reason), so a resumed month writes only what is missing.
 */
final class Bureau {

    /** Programs in the order the desk decides them: 特困 before 低保 (低保 leaves 特困 members out), 低保 before
     * what depends on it (the living subsidy, the groups of home care and insurance). */
    private static final List<ProgramCode> ORDER = List.of(NationalPrograms.TEKUN, NationalPrograms.DIBAO,
            NationalPrograms.DISABILITY_CARE_SUBSIDY, NationalPrograms.DISABILITY_LIVING_SUBSIDY,
            NationalPrograms.CHILD_SUBSIDY, NationalPrograms.LEFT_BEHIND_CHILD_CARE, NationalPrograms.HOME_CARE,
            NationalPrograms.CARE_VISIT, NationalPrograms.HOME_ADAPTATION, NationalPrograms.ELDERLY_ACCIDENT_INSURANCE);
    /** The operator the monthly run writes on the cases its screening opens (排查). */
    private static final String SCREENING_OPERATOR = "minzheng-monthly-run";
    /** How the desk records a person who qualifies, was found by screening and declined the offer. */
    private static final String DECLINED = "本人放弃";
    /**
     * The share of persons found by screening (who qualify but never applied) who accept the offer when the
     * caseworker visits. An input, not an output: people who had not asked for a service are less likely to take it
     * than those who asked; 0.3 is our assumption, set after seeing the demo's output (decision 0322), not a
     * published rate.
     */
    static final double OUTREACH_ACCEPTANCE = 0.3;
    /** The reason of the termination the desk writes for a person who moved out of the district. */
    static final String MOVED_OUT = "迁出本区，终止 (moved out of the district)";
    private static final Set<CaseState> OPEN = Set.of(CaseState.APPLIED, CaseState.REVIEWED, CaseState.APPROVED,
            CaseState.ACTIVE, CaseState.IN_GRACE, CaseState.SUSPENDED);

    /** What the desk did with the applications of a month, by program. */
    record Tally(Map<ProgramCode, int[]> byProgram) {
        Tally() {
            this(new LinkedHashMap<>());
        }

        void count(ProgramCode program, int slot) {
            byProgram.computeIfAbsent(program, k -> new int[3])[slot]++;
        }

        int approved() {
            return byProgram.values().stream().mapToInt(a -> a[0]).sum();
        }

        int refused() {
            return byProgram.values().stream().mapToInt(a -> a[1]).sum();
        }

        int alreadyCovered() {
            return byProgram.values().stream().mapToInt(a -> a[2]).sum();
        }
    }

    /** Events recorded per transaction. */
    private static final int RECORD_BATCH = 500;

    private final CivilAffairs ca;
    private final Storage storage;
    private final Tally total = new Tally();
    /** The households of the month's applications, read once before the desk decides them. */
    private Map<org.minzheng.core.registry.HouseholdId, Household> households = Map.of();
    /** The households of the residents the month's applicants refer to as relatives, by resident. */
    private Map<PersonId, Household> relatives = Map.of();
    private int temporaryGrants;
    /** Told of every household the desk saves (what others read from the registry and keep, e.g. the delivery). */
    private final java.util.function.Consumer<Collection<org.minzheng.core.registry.HouseholdId>> written;
    /** The district's cases, kept from month to month and told of every case the desk saves (decision 0425). */
    private final CaseBook book;

    /**
     * A desk that tells what households it saves.
     *
     * @param ca the library
     * @param storage the storage
     * @param written told of the households each save wrote, after the save
     * @param book the district's cases, shared with the delivery
     */
    Bureau(CivilAffairs ca, Storage storage, java.util.function.Consumer<Collection<org.minzheng.core.registry.HouseholdId>> written,
           CaseBook book) {
        this.ca = ca;
        this.storage = storage;
        this.written = java.util.Objects.requireNonNull(written, "written");
        this.book = java.util.Objects.requireNonNull(book, "book");
    }

    Tally total() {
        return total;
    }

    int temporaryGrants() {
        return temporaryGrants;
    }

    /**
     * Records events and decides the applications among them, as of a month.
     *
     * @param events the events (changes, arrivals, applications)
     * @param month the month the desk works in (approvals are dated in it)
     * @param resumed whether the month is being run again after an interruption: registry changes already in
     *     the audit log are then not applied twice
     * @return what it decided
     */
    Tally work(List<LifeEvent> events, YearMonth month, boolean resumed) {
        record(events, month, resumed);
        Tally tally = new Tally();
        Map<ProgramCode, List<LifeEvent.Apply>> apps = new LinkedHashMap<>();
        List<LifeEvent.Apply> temporary = new ArrayList<>();
        for (LifeEvent e : events) {
            if (e instanceof LifeEvent.Apply a) {
                if (a.program().equals(NationalPrograms.TEMPORARY_ASSISTANCE)) {
                    temporary.add(a);
                } else {
                    apps.computeIfAbsent(a.program(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        Set<String> open = new HashSet<>();
        Set<CaseId> ids = new HashSet<>();
        List<Case> screened = new ArrayList<>();
        Instant monthStart = month.atDay(1).atStartOfDay(DistrictDemo.CST).toInstant();
        Instant nextMonthStart = month.plusMonths(1).atDay(1).atStartOfDay(DistrictDemo.CST).toInstant();
        Enrolments.Builder enrolled = Enrolments.builder();
        // every case of the region as stored now: as the book was refreshed after last month's run and review, with the
        // desk's own writes since (decision 0425); reading them all with their history each month was most of the desk's
        // time
        for (Case c : book.all()) {
            ids.add(c.id());
            // cases a screening of an earlier month opened (a resumed month must not take up cases the run of
            // this month already opened: the uninterrupted run sees those only next month)
            if (SCREENING_OPERATOR.equals(c.history().get(0).operator()) && c.history().get(0).at().isBefore(monthStart)
                    && (c.state() == CaseState.APPLIED
                    || c.state() == CaseState.REVIEWED
                    && c.history().get(c.history().size() - 1).reason().startsWith(DECLINED))) {
                screened.add(c);
            }
            // The desk sees a case as it stood when the desk's work began: after this month's registry changes
            // (the leavers' cases closed), before anything else of this month or a later one. A resumed month
            // finds later writes in the database (this month's approvals and run, or a later month's in the
            // two months before the period); reading the current state made a resumed run decide differently
            // from an uninterrupted one (decision 0381).
            CaseState state = stateAtDesk(c, monthStart, nextMonthStart);
            if (state == null) {
                continue;
            }
            if (OPEN.contains(state)) {
                open.add(c.program().value() + "/" + c.subject().id());
            }
            if (state == CaseState.ACTIVE || state == CaseState.IN_GRACE || state == CaseState.APPROVED) {
                // as the monthly run of the month after this one reads them: paid or served at its start
                enrolled.subject(c.subject(), c.program());
            }
        }
        Enrolments enrolments = enrolled.build();
        Set<String> asked = new HashSet<>();
        apps.forEach((program, list) -> list.forEach(a -> asked.add(program.value() + "/" + a.subject().id())));
        verifyScreened(screened, asked, month, tally);
        households = households(events);
        relatives = relativesOfApplicants(apps.values());
        for (ProgramCode program : ORDER) {
            List<Case> approved = new ArrayList<>();
            for (LifeEvent.Apply a : apps.getOrDefault(program, List.of())) {
                String key = program.value() + "/" + a.subject().id();
                if (open.contains(key)) {
                    tally.count(program, 2);
                    continue;
                }
                Optional<Case> c = decide(a, month, enrolments, ids);
                if (c.isPresent()) {
                    approved.add(c.get());
                    open.add(key);
                    ids.add(c.get().id());
                    tally.count(program, 0);
                } else {
                    tally.count(program, 1);
                }
            }
            WriteContext ctx = WriteContext.of("case-worker", "applications decided " + month + " (" + program.value() + ")");
            for (int i = 0; i < approved.size(); i += 500) {
                List<Case> batch = approved.subList(i, Math.min(approved.size(), i + 500));
                book.saved(storage.inTransaction(tx -> tx.cases().saveAll(batch, ctx)));
            }
        }
        for (LifeEvent.Apply a : temporary) {
            if (grant(a, month, ids, enrolments)) {
                tally.count(NationalPrograms.TEMPORARY_ASSISTANCE, 0);
            } else {
                tally.count(NationalPrograms.TEMPORARY_ASSISTANCE, 1);
            }
        }
        tally.byProgram().forEach((k, v) -> {
            int[] t = total.byProgram().computeIfAbsent(k, x -> new int[3]);
            for (int i = 0; i < 3; i++) {
                t[i] += v[i];
            }
        });
        return tally;
    }

    /**
     * The registry changes and arrivals, each saved unless the audit log shows it recorded (a resumed month). They
     * are written in transactions of {@value #RECORD_BATCH} events, one commit each instead of one per change (the
     * embedded database writes every commit to disk); within a batch each change reads what the one before wrote.
     */
    private void record(List<LifeEvent> events, YearMonth month, boolean resumed) {
        Map<LifeEvent.Change, String> reasons = ResumePoint.reasons(events, month);
        for (int i = 0; i < events.size(); i += RECORD_BATCH) {
            List<LifeEvent> batch = events.subList(i, Math.min(events.size(), i + RECORD_BATCH));
            List<Case> closed = new ArrayList<>();
            storage.inTransaction(tx -> {
                record(tx, batch, reasons, month, resumed, closed);
                return null;
            });
            book.saved(closed);
        }
    }

    private void record(Storage tx, List<LifeEvent> events, Map<LifeEvent.Change, String> reasons, YearMonth month,
                        boolean resumed, List<Case> closed) {
        // The batch's households read as a set, the changes applied in event order to what the one before left, and
        // the changed households saved together per audit reason (decision 0410): one saveAll per reason instead of a
        // read and a save per change. A household changed twice in the batch is saved before its second change is
        // applied, so each change is recorded with its own reason (what a resumed month looks for) and reads what the
        // one before wrote. No change moves a person between households, so saving households of one reason together
        // writes what saving them one by one in event order wrote.
        Set<org.minzheng.core.registry.HouseholdId> ids = new HashSet<>();
        for (LifeEvent e : events) {
            if (e instanceof LifeEvent.Arrival || e instanceof LifeEvent.Change) {
                ids.add(e.household());
            }
        }
        Map<org.minzheng.core.registry.HouseholdId, Household> current = new java.util.HashMap<>(tx.households().findAll(ids));
        Pending pending = new Pending(tx, current, written);
        for (LifeEvent e : events) {
            if (e instanceof LifeEvent.Arrival a) {
                if (!current.containsKey(a.household())) {
                    pending.add(a.record(), ResumePoint.context("迁入 (arrived)", month));
                }
            } else if (e instanceof LifeEvent.Change c) {
                if (pending.holds(c.household())) {
                    pending.flush();
                }
                WriteContext ctx = WriteContext.of("case-worker", reasons.get(c));
                if (resumed && tx.audit().forEntity(org.minzheng.spi.storage.EntityType.HOUSEHOLD,
                        c.household().value()).stream().anyMatch(x -> x.reason().equals(ctx.reason()))) {
                    continue;
                }
                Household stored = current.get(c.household());
                if (stored == null) {
                    throw new org.minzheng.spi.storage.RecordNotFoundException(org.minzheng.spi.storage.EntityType.HOUSEHOLD,
                            c.household().value());
                }
                Household changed = c.change().apply(stored);
                if (!changed.equals(stored)) {
                    pending.add(changed, ctx);
                }
                if (c.kind() == LifeEvent.Kind.LEFT_DISTRICT) {
                    closed.addAll(closeCasesOfLeavers(tx, stored, changed, c.date()));
                }
            }
        }
        pending.flush();
    }

    /** Households to save, by audit reason, in the order the reasons first came; each household at most once. */
    private static final class Pending {
        private final Storage tx;
        private final Map<org.minzheng.core.registry.HouseholdId, Household> current;
        private final Map<String, List<Household>> byReason = new LinkedHashMap<>();
        private final Map<String, WriteContext> contexts = new java.util.HashMap<>();
        private final Set<org.minzheng.core.registry.HouseholdId> held = new HashSet<>();
        private final java.util.function.Consumer<Collection<org.minzheng.core.registry.HouseholdId>> written;

        Pending(Storage tx, Map<org.minzheng.core.registry.HouseholdId, Household> current,
                java.util.function.Consumer<Collection<org.minzheng.core.registry.HouseholdId>> written) {
            this.tx = tx;
            this.current = current;
            this.written = written;
        }

        boolean holds(org.minzheng.core.registry.HouseholdId id) {
            return held.contains(id);
        }

        void add(Household h, WriteContext ctx) {
            if (!held.add(h.id())) {
                throw new IllegalStateException("household " + h.id() + " is already waiting to be saved");
            }
            byReason.computeIfAbsent(ctx.reason(), k -> new ArrayList<>()).add(h);
            contexts.putIfAbsent(ctx.reason(), ctx);
            current.put(h.id(), h);
        }

        void flush() {
            byReason.forEach((reason, list) -> {
                for (Household saved : tx.households().saveAll(list, contexts.get(reason))) {
                    current.put(saved.id(), saved);
                }
                written.accept(list.stream().map(Household::id).toList());
            });
            byReason.clear();
            contexts.clear();
            held.clear();
        }
    }

    /**
     * A person who moved out of the district (迁出) is no longer the district's to pay or serve: the desk terminates
     * the person's open cases on the day of the move (the monthly run would not find the subject any more).
     */
    private static List<Case> closeCasesOfLeavers(Storage storage, Household before, Household after, LocalDate day) {
        List<Case> closed = new ArrayList<>();
        Instant at = day.atTime(17, 0).atZone(DistrictDemo.CST).toInstant();
        for (Member m : before.members()) {
            if (after.member(m.person().id()).isPresent()) {
                continue;
            }
            for (Case c : storage.cases().findBySubject(org.minzheng.core.program.SubjectRef.person(m.person().id()))) {
                if (c.state() != CaseState.ACTIVE && c.state() != CaseState.IN_GRACE && c.state() != CaseState.APPROVED) {
                    continue;
                }
                Instant last = c.history().get(c.history().size() - 1).at();
                closed.add(storage.cases().save(c.terminate(ApprovalLevel.COUNTY, "区民政局", last.isAfter(at) ? last : at,
                        MOVED_OUT), WriteContext.of("case-worker", "moved out of the district")));
            }
        }
        return closed;
    }

    /** The households the month's applications name, read as a set (decision 0410). */
    private Map<org.minzheng.core.registry.HouseholdId, Household> households(List<LifeEvent> events) {
        Set<org.minzheng.core.registry.HouseholdId> wanted = new HashSet<>();
        for (LifeEvent e : events) {
            if (e instanceof LifeEvent.Apply a) {
                wanted.add(a.household());
            }
        }
        return storage.households().findAll(wanted);
    }

    /**
     * The households of the residents the applicants' records refer to as relatives, read as a set before the desk
     * decides (the desk writes cases, never households, while it decides).
     */
    private Map<PersonId, Household> relativesOfApplicants(Collection<List<LifeEvent.Apply>> apps) {
        Map<PersonId, Household> applicants = new java.util.HashMap<>();
        for (List<LifeEvent.Apply> list : apps) {
            for (LifeEvent.Apply a : list) {
                Household h = households.get(a.household());
                if (h != null) {
                    a.subject().person().ifPresent(p -> applicants.put(p, h));
                }
            }
        }
        return storage.households().findByMembers(referencedRelatives(applicants));
    }

    /**
     * The relatives recorded on a person with a reference to a resident of another household, as supporters with that
     * resident's own record, programs and income — what the monthly run and screening read (decision 0359); the
     * relatives described without a reference are read by the rules from the record itself.
     *
     * @param person the person
     * @param own the person's household
     * @param householdOf the stored household of a resident (read beforehand as a set, decision 0410)
     * @param enrolments the programs of the month
     * @return the supporters, in the order the relatives are recorded
     */
    static List<Supporter> storedRelatives(Person person, Household own,
                                           java.util.function.Function<PersonId, Optional<Household>> householdOf,
                                           Enrolments enrolments) {
        List<Supporter> out = new ArrayList<>();
        for (org.minzheng.core.registry.Relative r : person.relatives()) {
            if (r.person().isEmpty()) {
                continue;
            }
            PersonId id = r.person().get();
            Optional<Household> theirs = householdOf.apply(id).filter(o -> !o.id().equals(own.id()));
            Optional<Person> stored = theirs.flatMap(o -> o.member(id)).map(Member::person);
            if (stored.isEmpty()) {
                continue;
            }
            Set<ProgramCode> programs = new HashSet<>(enrolments.ofPerson(id));
            programs.addAll(enrolments.ofHousehold(theirs.get().id()));
            Money income = r.annualIncome().orElseGet(() -> theirs.get().incomesOf(id).stream()
                    .map(org.minzheng.core.registry.Income::monthlyAmount).reduce(Money.ZERO, Money::plus).times(12));
            out.add(new Supporter(stored.get(), programs, Optional.of(income), r.withoutCivilCapacity()));
        }
        return out;
    }

    /**
     * The residents the persons' records refer to as relatives, whose households {@link #storedRelatives} reads.
     *
     * @param homes each person's household
     * @return the relatives referred to
     */
    static Set<PersonId> referencedRelatives(Map<PersonId, Household> homes) {
        Set<PersonId> out = new HashSet<>();
        homes.forEach((who, h) -> h.member(who).ifPresent(m -> m.person().relatives().forEach(r -> r.person().ifPresent(out::add))));
        return out;
    }

    private static boolean approvedBefore(Case c, YearMonth month) {
        return c.history().get(c.history().size() - 1).at().isBefore(month.atDay(1).atStartOfDay(DistrictDemo.CST).toInstant());
    }

    /**
     * The state of a case when the desk's work of a month began, or {@code null} if the case did not exist then:
     * its last transition dated before the month, or the termination the desk wrote for a person who moved out
     * this month (recorded before the desk reads the cases). Every other write of the month or a later one is dated
     * at or after the month's start (the desk's decisions at the application's dates, the monthly run at the
     * month's start or the case's last change), so this is what an uninterrupted run read.
     */
    static CaseState stateAtDesk(Case c, Instant monthStart, Instant nextMonthStart) {
        CaseState state = null;
        for (Transition t : c.history()) {
            if (t.at().isBefore(monthStart)
                    || t.to() == CaseState.TERMINATED && t.at().isBefore(nextMonthStart) && MOVED_OUT.equals(t.reason())) {
                state = t.to();
            } else {
                break;
            }
        }
        return state;
    }

    private Optional<Case> decide(LifeEvent.Apply a, YearMonth month, Enrolments enrolments, Set<CaseId> ids) {
        CaseId id = CaseId.of(shortCode(a.program()) + "-" + a.subject().id() + "-" + month.toString().replace("-", ""));
        if (ids.contains(id)) {
            return Optional.empty();
        }
        Household h = households.get(a.household());
        if (h == null) {
            return Optional.empty();
        }
        SubjectFacts.Builder facts;
        if (a.subject().person().isPresent()) {
            PersonId pid = a.subject().person().get();
            Optional<Member> m = h.member(pid);
            if (m.isEmpty() || !SubjectFacts.presentIn(m.get().person(), month)) {
                return Optional.empty(); // died or left before the desk got to it
            }
            facts = SubjectFacts.forPerson(h, pid, month);
            storedRelatives(m.get().person(), h, r -> Optional.ofNullable(relatives.get(r)), enrolments)
                    .forEach(facts::supporter);
            if (a.program().equals(NationalPrograms.LEFT_BEHIND_CHILD_CARE)) {
                // the village's children's officer has the carer sign the entrusted-guardianship confirmation first
                facts.record(confirmation(h, m.get().person(), a.date()));
            }
        } else {
            facts = SubjectFacts.forHousehold(h, month);
        }
        Decision d = ca.assess(a.program(), facts.enrolments(enrolments).build());
        if (!d.eligible()) {
            return Optional.empty();
        }
        LocalDate applied = a.date();
        LocalDate decided = applied.plusDays(15).isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : applied.plusDays(15);
        ApprovalLevel level = d.approval().orElse(ApprovalLevel.COUNTY);
        Instant at = applied.atTime(9, 30).atZone(DistrictDemo.CST).toInstant();
        Instant approvedAt = decided.atTime(15, 0).atZone(DistrictDemo.CST).toInstant();
        Instant reviewedAt = at.plusSeconds(3 * 86_400L).isBefore(approvedAt) ? at.plusSeconds(3 * 86_400L) : at.plusSeconds(3_600);
        return Optional.of(Case.open(id, a.program(), a.subject(), h.region(), a.applicant(),
                        Transition.application("窗口受理", at, "申请 (application): " + a.why(), ApprovalLevel.TOWNSHIP))
                .review("镇街审核", reviewedAt, "入户调查 (home visit)")
                .approve(level, level == ApprovalLevel.TOWNSHIP ? "镇街审批" : "区民政局",
                        approvedAt, "审批通过 (approved by the rules)"));
    }

    private GuardianshipConfirmation confirmation(Household h, Person child, LocalDate on) {
        ServiceRecordId id = ServiceRecordId.of("GC-" + child.id().value());
        Optional<org.minzheng.core.service.ServiceRecord> stored = storage.serviceRecords().find(id);
        if (stored.isPresent()) {
            return (GuardianshipConfirmation) stored.get();
        }
        Person carer = h.head();
        GuardianshipConfirmation c = GuardianshipConfirmation.builder().id(id)
                .subject(org.minzheng.core.program.SubjectRef.person(child.id())).region(h.region())
                .guardianName(carer.name()).guardianRelation(GuardianRelation.GRANDPARENT).signedOn(on).termStart(on)
                .termEnd(on.plusYears(3)).build();
        return storage.serviceRecords().save(c, WriteContext.of("children-officer", "entrusted guardianship signed"));
    }

    /**
     * The cases the monthly run's screening (排查) opened for review, which the rules found eligible: a caseworker
     * visits each subject (入户核实) the month after and approves the case. Whether they qualify is the rules' answer
     * (the screening's, and the monthly run's when service starts), not the desk's; whether a person who never asked accepts the offer is
     * behaviour, an input: {@link #OUTREACH_ACCEPTANCE}, drawn reproducibly from the case id. A person who declines
     * stays on the desk's list (the case stays reviewed, noted 本人放弃, so screening does not open it again) until
     * the person applies; a person found who applies in the same month has asked and is approved.
     */
    private void verifyScreened(List<Case> screened, Set<String> asked, YearMonth month, Tally tally) {
        if (screened.isEmpty()) {
            return;
        }
        Instant at = month.atDay(Math.min(10, month.lengthOfMonth())).atTime(15, 0).atZone(DistrictDemo.CST).toInstant();
        List<Case> decided = new ArrayList<>(screened.size());
        for (Case c : screened) {
            boolean askedFor = asked.contains(c.program().value() + "/" + c.subject().id());
            if (c.state() == CaseState.REVIEWED && !askedFor) {
                continue; // declined earlier and has not asked since
            }
            Instant last = c.history().get(c.history().size() - 1).at();
            Instant when = last.isAfter(at) ? last : at;
            if (!askedFor && new java.util.Random(c.id().value().hashCode()).nextDouble() >= OUTREACH_ACCEPTANCE) {
                decided.add(c.review("镇街核实", when, DECLINED + "，暂不申请 (found by screening; declined the offer)"));
                continue;
            }
            // the screening assessed the subject by the rules when it opened the case; whether the subject still
            // qualifies when payment or service would start is the monthly run's question (approved-but-ineligible
            // cases are terminated by review())
            ApprovalLevel level = c.history().get(0).level();
            Case reviewed = c.state() == CaseState.REVIEWED ? c
                    : c.review("镇街核实", when, "排查发现，入户核实 (found by screening; home visit)");
            decided.add(reviewed.approve(level, level == ApprovalLevel.TOWNSHIP ? "镇街审批" : "区民政局", when,
                    "审批通过 (approved)"));
            tally.count(c.program(), 0);
        }
        WriteContext ctx = WriteContext.of("case-worker", "screened cases verified " + month);
        for (int i = 0; i < decided.size(); i += 500) {
            List<Case> batch = decided.subList(i, Math.min(decided.size(), i + 500));
            book.saved(storage.inTransaction(tx -> tx.cases().saveAll(batch, ctx)));
        }
    }

    /** 临时救助: assess the need and pay the one-off amount at once; idempotent by case id. */
    private boolean grant(LifeEvent.Apply a, YearMonth month, Set<CaseId> ids, Enrolments enrolments) {
        CaseId id = CaseId.of("TA-" + a.household().value() + "-" + a.date().toString().replace("-", ""));
        if (ids.contains(id)) {
            return true;
        }
        // read with the month's other applications (the desk writes no household while it decides)
        Household h = households.get(a.household());
        if (h == null) {
            return false;
        }
        Money need = a.need().orElseThrow();
        TemporaryNeed tn = a.emergency() ? TemporaryNeed.emergency(need) : TemporaryNeed.expenditure(need);
        Decision d = ca.assess(NationalPrograms.TEMPORARY_ASSISTANCE,
                SubjectFacts.forHousehold(h, month).enrolments(enrolments).application(tn).build());
        if (!d.eligible()) {
            return false;
        }
        ApprovalLevel level = d.approval().orElse(ApprovalLevel.COUNTY);
        Instant applied = a.date().atTime(10, 0).atZone(DistrictDemo.CST).toInstant();
        Instant decided = applied.plusSeconds(2 * 86_400L);
        Case c = Case.open(id, NationalPrograms.TEMPORARY_ASSISTANCE, a.subject(), h.region(), a.applicant(),
                        Transition.application("窗口受理", applied, "申请临时救助 (application): " + a.why(), ApprovalLevel.TOWNSHIP))
                .review("镇街审核", applied.plusSeconds(86_400), "入户核实 (home visit)")
                .approve(level, level == ApprovalLevel.TOWNSHIP ? "镇街审批" : "区民政局", decided, "审批通过 (approved)")
                .activate(level, "发放", decided, "一次性发放 (one-off payment)")
                .terminate(level, "发放", decided, "救助金已发放，结案 (paid; closed)");
        Money amount = d.amount();
        WriteContext ctx = WriteContext.of("case-worker", "temporary assistance " + month);
        Case saved = storage.inTransaction(tx -> {
            Case s = tx.cases().save(c, ctx);
            tx.payments().post(PaymentRequest.of(PaymentKey.of(id, month, PaymentComponent.ONE_OFF), amount), ctx);
            return s;
        });
        book.saved(List.of(saved));
        ids.add(id);
        temporaryGrants++;
        return true;
    }

    /**
     * What a case worker does with a case the monthly run found approved but no longer eligible (已审批但本月不符合条件):
     * the person died or the household's situation changed between approval and first payment. The case is
     * terminated, with the run's reason.
     *
     * @param run the month's run
     * @return the cases terminated
     */
    int review(org.minzheng.runtime.MonthlyRun run) {
        int n = 0;
        Instant at = run.month().atEndOfMonth().atTime(16, 0).atZone(DistrictDemo.CST).toInstant();
        for (org.minzheng.runtime.RunFailure f : run.failures()) {
            if (!"approved-but-ineligible".equals(f.code()) || f.caseId().isEmpty()) {
                continue;
            }
            Case c = storage.cases().get(f.caseId().get());
            if (c.state() != CaseState.APPROVED) {
                continue;
            }
            Instant when = c.history().get(c.history().size() - 1).at().isAfter(at) ? c.history().get(c.history().size() - 1).at() : at;
            book.saved(List.of(storage.cases().save(c.terminate(ApprovalLevel.COUNTY, "区民政局", when,
                    "复核不再符合条件，终止 (no longer eligible on review)"),
                    WriteContext.of("case-worker", "review after the monthly run " + run.month()))));
            n++;
        }
        return n;
    }

    private static String shortCode(ProgramCode p) {
        return switch (p.value()) {
            case "dibao" -> "DB";
            case "tekun" -> "TK";
            case "disability-living-subsidy" -> "DL";
            case "disability-care-subsidy" -> "DC";
            case "child-subsidy" -> "CS";
            case "left-behind-child-care" -> "LB";
            case "home-care" -> "HC";
            case "care-visit" -> "CV";
            case "home-adaptation" -> "HA";
            case "elderly-accident-insurance" -> "IN";
            default -> p.value();
        };
    }
}
