package org.minzheng.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.RegionCode;
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
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.spi.storage.Storage;

/**
 * What the runtime reads of a region's registry at once (辖区登记快照): its households, who lives where, its cases,
 * and the service records the programs read — and the {@link SubjectFacts} it builds from them for any subject and
 * month. The monthly run, screening and the district report all assess from the same facts.
 */
final class RegistrySnapshot {

    private final Map<HouseholdId, Household> households;
    /** The same households in storage order, for splitting the region into contiguous parts. */
    private final List<Household> householdList;
    private final Map<PersonId, Household> householdOf;
    private final List<Case> cases;
    private final Map<SubjectRef, List<ServiceRecord>> records;
    /** What the ledger shows paid this year, by household subject and program; filled by {@link #readLedger}. */
    private final Map<SubjectRef, Map<ProgramCode, Money>> paidThisYear = new HashMap<>();
    private YearMonth ledgerMonth;

    private RegistrySnapshot(Map<HouseholdId, Household> households, Map<PersonId, Household> householdOf,
                             List<Case> cases, Map<SubjectRef, List<ServiceRecord>> records) {
        this.households = households;
        this.householdList = List.copyOf(households.values());
        this.householdOf = householdOf;
        this.cases = cases;
        this.records = records;
    }

    /**
     * Reads a region.
     *
     * @param view the storage, scoped to the region
     * @param region the region
     * @param kinds the kinds of service record to load (those the programs read)
     * @param until the last day service records may be dated
     * @return the snapshot
     */
    static RegistrySnapshot load(Storage view, RegionCode region, Set<ServiceRecordKind> kinds, LocalDate until) {
        List<Household> list;
        try (Stream<Household> s = view.households().streamByRegion(region)) {
            list = s.toList();
        }
        // the maps sized for the region at once (a region's worth of entries, not a table grown step by step); two
        // persons a household is a guess, exceeded only at the cost of the growth that was always paid
        Map<HouseholdId, Household> households = new LinkedHashMap<>(capacity(list.size()));
        Map<PersonId, Household> householdOf = new HashMap<>(capacity(2 * list.size()));
        for (Household h : list) {
            households.put(h.id(), h);
            for (Member m : h.members()) {
                householdOf.put(m.person().id(), h);
            }
        }
        List<Case> cases;
        try (Stream<Case> s = view.cases().streamByRegion(region)) {
            cases = new ArrayList<>(s.toList());
        }
        Map<SubjectRef, List<ServiceRecord>> records = new HashMap<>();
        if (!kinds.isEmpty()) {
            // only the kinds the programs read: most records (visits, enrolments) are read by none (decision 0395)
            try (Stream<ServiceRecord> s = view.serviceRecords().streamByRegion(region, LocalDate.of(1900, 1, 1),
                    until.plusDays(1), kinds)) {
                s.forEach(r -> {
                    if (kinds.contains(r.kind())) {
                        records.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
                    }
                });
            }
        }
        return new RegistrySnapshot(households, householdOf, cases, records);
    }

    /**
     * The households, in storage order.
     *
     * @return the households
     */
    Iterable<Household> households() {
        return households.values();
    }

    /**
     * The service records read, by subject (only the kinds the programs read).
     *
     * @return the records; not to be changed
     */
    Map<SubjectRef, List<ServiceRecord>> records() {
        return records;
    }

    /**
     * The households, in storage order, as a list (the monthly run splits it between threads).
     *
     * @return the households
     */
    List<Household> householdList() {
        return householdList;
    }

    /**
     * A subject screening looks at: who it is, where it lives and who applies for it, with the household it was
     * found in and, for a person, the person (so that its facts need no look-up by id).
     */
    record Candidate(SubjectRef subject, RegionCode region, PersonId applicant, Household household, Person person) {
    }

    /**
     * The subjects of a program that its screening takes up this month, in storage order: a household when any
     * member is a candidate (its head applies), or a person who is a candidate and present in the month. The one
     * definition the monthly run and the reform costing share.
     *
     * @param program the program
     * @param screening its screening
     * @param month the month
     * @return the candidates
     */
    List<Candidate> screeningCandidates(org.minzheng.core.rule.ProgramRule<?> program,
                                        org.minzheng.core.rule.Screening screening, YearMonth month) {
        return screeningCandidates(program, screening, month, householdList);
    }

    /**
     * The candidates of {@link #screeningCandidates(org.minzheng.core.rule.ProgramRule,
     * org.minzheng.core.rule.Screening, YearMonth)} among some of the region's households, in their order: the
     * candidates of consecutive parts of {@link #householdList()}, concatenated, are those of the whole region.
     *
     * @param program the program
     * @param screening its screening
     * @param month the month
     * @param among households of the region
     * @return the candidates
     */
    static List<Candidate> screeningCandidates(org.minzheng.core.rule.ProgramRule<?> program,
                                               org.minzheng.core.rule.Screening screening, YearMonth month,
                                               List<Household> among) {
        List<Candidate> out = new ArrayList<>();
        for (Household h : among) {
            screeningCandidates(program, screening, month, h, out);
        }
        return out;
    }

    /**
     * Adds the candidates of one household to a list, in the order {@link #screeningCandidates(
     * org.minzheng.core.rule.ProgramRule, org.minzheng.core.rule.Screening, YearMonth)} gives them.
     *
     * @param program the program
     * @param screening its screening
     * @param month the month
     * @param h a household of the region
     * @param out where to add them
     */
    static void screeningCandidates(org.minzheng.core.rule.ProgramRule<?> program,
                                    org.minzheng.core.rule.Screening screening, YearMonth month, Household h,
                                    List<Candidate> out) {
        if (program.subjectKind() == SubjectKind.HOUSEHOLD) {
            for (Member m : h.members()) {
                if (screening.isCandidate(m.person(), month)) {
                    out.add(new Candidate(SubjectRef.household(h.id()), h.region(), h.head().id(), h, null));
                    break;
                }
            }
        } else {
            for (Member m : h.members()) {
                if (screening.isCandidate(m.person(), month) && SubjectFacts.presentIn(m.person(), month)) {
                    out.add(new Candidate(SubjectRef.person(m.person().id()), h.region(), m.person().id(), h,
                            m.person()));
                }
            }
        }
    }

    /**
     * The cases of the region.
     *
     * @return the cases
     */
    List<Case> cases() {
        return cases;
    }

    /**
     * The household a subject belongs to.
     *
     * @param subject a household or person
     * @return the household, or empty when not stored in the region
     */
    Optional<Household> householdOf(SubjectRef subject) {
        return subject.kind() == SubjectKind.HOUSEHOLD
                ? subject.household().map(households::get)
                : subject.person().map(householdOf::get);
    }

    /**
     * The persons a subject covers: a household's members, or one person.
     *
     * @param subject the subject
     * @return at least 1
     */
    int persons(SubjectRef subject) {
        if (subject.kind() == SubjectKind.PERSON) {
            return 1;
        }
        return householdOf(subject).map(Household::size).orElse(1);
    }

    /**
     * Who was enrolled in what just before an instant: the cases then active or in gradual exit.
     *
     * @param instant the instant, e.g. the first moment of the month
     * @return the enrolments
     */
    Enrolments enrolmentsBefore(Instant instant) {
        Enrolments.Builder b = Enrolments.builder();
        for (Case c : cases) {
            CaseState before = stateBefore(c, instant);
            if (before == CaseState.ACTIVE || before == CaseState.IN_GRACE) {
                b.subject(c.subject(), c.program());
            }
        }
        return b.build();
    }

    /**
     * The facts about a subject in a month.
     *
     * @param subject the subject
     * @param month the month
     * @param enrolments who is enrolled in what at the start of the month
     * @return the facts, or empty when the subject is not stored in the region
     */
    Optional<SubjectFacts> facts(SubjectRef subject, YearMonth month, Enrolments enrolments) {
        Optional<Household> h = householdOf(subject);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Person person = subject.kind() == SubjectKind.HOUSEHOLD ? null
                : h.get().member(subject.person().orElseThrow()).map(Member::person).orElse(null);
        return Optional.of(facts(subject, h.get(), person, month, enrolments));
    }

    /**
     * The facts about a candidate of screening in a month: those {@link #facts(SubjectRef, YearMonth, Enrolments)}
     * gives for its subject, built from the household it was found in.
     *
     * @param candidate the candidate
     * @param month the month
     * @param enrolments who is enrolled in what at the start of the month
     * @return the facts
     */
    SubjectFacts facts(Candidate candidate, YearMonth month, Enrolments enrolments) {
        return facts(candidate.subject(), candidate.household(), candidate.person(), month, enrolments);
    }

    /** The facts of a subject of a household; {@code person} is the subject's member record (null for a household). */
    private SubjectFacts facts(SubjectRef subject, Household h, Person person, YearMonth month,
                               Enrolments enrolments) {
        SubjectFacts.Builder b = subject.kind() == SubjectKind.HOUSEHOLD
                ? SubjectFacts.forHousehold(h, month)
                : SubjectFacts.forPerson(h, subject.person().orElseThrow(), month);
        b.enrolments(enrolments);
        if (person != null) {
            storedRelatives(person, h, enrolments).forEach(b::supporter);
        }
        if (month.equals(ledgerMonth) && subject.kind() == SubjectKind.HOUSEHOLD) {
            paidThisYear.getOrDefault(subject, Map.of()).forEach(b::paidThisYear);
        }
        if (!records.isEmpty()) {
            List<ServiceRecord> own = records.get(subject);
            if (own != null) {
                LocalDate end = month.atEndOfMonth();
                for (ServiceRecord r : own) {
                    if (!r.date().isAfter(end)) {
                        b.record(r);
                    }
                }
            }
        }
        return b.build();
    }

    /**
     * The relatives of a person recorded with a reference to a person stored in another household of the region, as
     * supporters with that person's own record, programs and income (decision record 0301): the income recorded
     * with the relative when there is one (a verified yearly figure), else twelve times the monthly incomes the
     * relative earns in the household. Relatives in the person's own household are found by
     * {@link org.minzheng.core.rule.Kinship} from the household; relatives outside the region stay described.
     */
    private List<Supporter> storedRelatives(Person person, Household own, Enrolments enrolments) {
        return StoredRelatives.of(person, own, id -> Optional.ofNullable(householdOf.get(id)), enrolments);
    }

    /**
     * Reads from the ledger what was paid this calendar year, up to and including a month, to the household cases
     * of some programs (postings less reversals), so that {@link #facts} carries it
     * ({@link SubjectFacts#paidThisYear}). One read of the region's ledger per month of the year — the same
     * set-based read the district report makes — never one query per case (decision record 0351). Households with
     * no such payment carry zero for each program.
     *
     * @param view the storage, scoped to the region
     * @param region the region
     * @param programs the programs whose payments count
     * @param month the month assessed
     */
    void readLedger(Storage view, RegionCode region, Set<ProgramCode> programs, YearMonth month) {
        Map<org.minzheng.core.cases.CaseId, Case> ofCase = new HashMap<>();
        for (Case c : cases) {
            if (programs.contains(c.program()) && c.subject().kind() == SubjectKind.HOUSEHOLD) {
                ofCase.put(c.id(), c);
            }
        }
        paidThisYear.clear();
        for (Household h : households.values()) {
            Map<ProgramCode, Money> zero = new HashMap<>();
            programs.forEach(p -> zero.put(p, Money.ZERO));
            paidThisYear.put(SubjectRef.household(h.id()), zero);
        }
        if (!ofCase.isEmpty()) {
            for (YearMonth m = month.withMonth(1); !m.isAfter(month); m = m.plusMonths(1)) {
                try (Stream<org.minzheng.core.cases.Payment> s = view.payments().streamByMonth(m, region)) {
                    s.forEach(p -> {
                        Case c = ofCase.get(p.key().caseId());
                        if (c != null) {
                            paidThisYear.computeIfAbsent(c.subject(), k -> new HashMap<>())
                                    .merge(c.program(), p.amount(), Money::plus);
                        }
                    });
                }
            }
        }
        ledgerMonth = month;
    }

    /** The initial capacity of a hash map that holds {@code n} entries without resizing. */
    private static int capacity(int n) {
        return (int) Math.min(1 << 30, (long) Math.ceil(n / 0.75));
    }

    /** The state of a case just before an instant (its state at the start of the month). */
    static CaseState stateBefore(Case c, Instant instant) {
        if (c.lastChangedAt().isBefore(instant)) {
            // the history's times do not go back, so every entry is before the instant: the state is the last one's
            // (most cases of a region did not change this month; no walk of their history)
            return c.state();
        }
        CaseState state = null;
        for (Transition t : c.history()) {
            if (!t.at().isBefore(instant)) {
                break;
            }
            state = t.to();
        }
        return state;
    }

    /** States in which a case is still being decided or paid: a subject with one is not screened again. */
    static final Set<CaseState> OPEN_OR_PENDING = EnumSet.of(CaseState.APPLIED, CaseState.REVIEWED,
            CaseState.APPROVED, CaseState.ACTIVE, CaseState.IN_GRACE, CaseState.SUSPENDED);
}
