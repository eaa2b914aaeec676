package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentStatus;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.code.Coded;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.identity.RegionLevel;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.service.ServiceRecord;

/**
 * A district report (区县民政工作统计报表) for a region and a range of months: per program the
 * households and persons new, cancelled and in coverage, the amounts paid (also by month), the
 * person-times of temporary assistance; service counts; children in difficulty by category;
 * left-behind children with and without a signed entrusted-guardianship confirmation
 * (委托监护责任确认书); facilities by kind and grade; coverage by township.
 *
 * <p>The report is computed by a {@link Builder} from the records handed to it (core reads no
 * storage): cases with their history, payment ledger entries, service records and facilities.
 * Definitions (all times in the builder's zone, months inclusive):
 * <ul>
 *   <li><b>new</b> — a case moved from approved to active within the period;</li>
 *   <li><b>cancelled</b> — a case moved to terminated within the period;</li>
 *   <li><b>in coverage</b> — a case active or in gradual exit (渐退) at the end of the period;</li>
 *   <li><b>amount paid</b> — ledger entries for the months of the period, postings minus
 *       reversals;</li>
 *   <li><b>service counts</b> — records dated within the period.</li>
 * </ul>
 * Instances are immutable and safe to share between threads.
 */
public final class DistrictReport {

    /** The zone of Chinese administrative dates (北京时间), the builder's default. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RegionCode region;
    private final Optional<String> regionName;
    private final YearMonth from;
    private final YearMonth to;
    private final Map<Program, ProgramFigures> programs;
    private final List<MonthlyAmount> monthlyAmounts;
    private final List<TownshipCoverage> townships;
    private final ServiceFigures services;
    private final List<CategoryCount> childrenInDifficulty;
    private final int leftBehindWithConfirmation;
    private final int leftBehindWithoutConfirmation;
    private final int disabilitySubsidyPersons;
    private final List<FacilityCount> facilities;

    private DistrictReport(Builder b, Map<Program, ProgramFigures> programs,
                           List<MonthlyAmount> monthlyAmounts, List<TownshipCoverage> townships,
                           ServiceFigures services, List<CategoryCount> children, int lbWith,
                           int lbWithout, int disabilityPersons, List<FacilityCount> facilities) {
        this.region = b.region;
        this.regionName = Optional.ofNullable(b.names.get(b.region));
        this.from = b.from;
        this.to = b.to;
        this.programs = Collections.unmodifiableMap(programs);
        this.monthlyAmounts = List.copyOf(monthlyAmounts);
        this.townships = List.copyOf(townships);
        this.services = services;
        this.childrenInDifficulty = List.copyOf(children);
        this.leftBehindWithConfirmation = lbWith;
        this.leftBehindWithoutConfirmation = lbWithout;
        this.disabilitySubsidyPersons = disabilityPersons;
        this.facilities = List.copyOf(facilities);
    }

    /**
     * Starts a report for a region and a range of months, with dates in China Standard Time.
     *
     * @param region the reporting region (a county such as 丹徒区 321112)
     * @param from the first month, inclusive
     * @param to the last month, inclusive
     * @return a builder to hand the records to
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Builder builder(RegionCode region, YearMonth from, YearMonth to) {
        return new Builder(region, from, to, CHINA);
    }

    /**
     * Starts a report for a region and a range of months, with dates in the given zone.
     *
     * @param region the reporting region
     * @param from the first month, inclusive
     * @param to the last month, inclusive
     * @param zone the zone in which transition times are placed in months
     * @return a builder to hand the records to
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Builder builder(RegionCode region, YearMonth from, YearMonth to, ZoneId zone) {
        return new Builder(region, from, to, zone);
    }

    /**
     * The reporting region.
     *
     * @return the region
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The reporting region's name, if the caller supplied it.
     *
     * @return the name
     */
    public Optional<String> regionName() {
        return regionName;
    }

    /**
     * The first month of the period.
     *
     * @return the month, inclusive
     */
    public YearMonth from() {
        return from;
    }

    /**
     * The last month of the period.
     *
     * @return the month, inclusive
     */
    public YearMonth to() {
        return to;
    }

    /**
     * The months of the period in order.
     *
     * @return the months from {@link #from()} to {@link #to()}
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The figures of every program, in the order of {@link Program}.
     *
     * @return one entry per program (empty programs included)
     */
    public List<ProgramFigures> programs() {
        return List.copyOf(programs.values());
    }

    /**
     * The figures of one program.
     *
     * @param program the program
     * @return its figures
     */
    public ProgramFigures program(Program program) {
        return programs.get(Objects.requireNonNull(program, "program"));
    }

    /**
     * The non-zero amounts by month and program, by month then program.
     *
     * @return the amounts
     */
    public List<MonthlyAmount> monthlyAmounts() {
        return monthlyAmounts;
    }

    /**
     * The amount of one program in one month.
     *
     * @param program the program
     * @param month the month
     * @return the net amount, zero if nothing was paid
     */
    public Money amount(Program program, YearMonth month) {
        return monthlyAmounts.stream()
                .filter(a -> a.program() == program && a.month().equals(month))
                .map(MonthlyAmount::amount).findFirst().orElse(Money.ZERO);
    }

    /**
     * The amount paid in the period over all programs.
     *
     * @return the total
     */
    public Money totalPaid() {
        return programs.values().stream().map(ProgramFigures::amountPaid).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Coverage by township, by township code.
     *
     * @return the townships that have anyone in coverage
     */
    public List<TownshipCoverage> townships() {
        return townships;
    }

    /**
     * The service counts.
     *
     * @return the figures
     */
    public ServiceFigures services() {
        return services;
    }

    /**
     * Children in difficulty (困境儿童) in coverage at the end of the period, by category.
     *
     * @return the counts, by category code
     */
    public List<CategoryCount> childrenInDifficulty() {
        return childrenInDifficulty;
    }

    /**
     * Left-behind children (农村留守儿童) in care at the end of the period whose entrusted
     * guardianship is confirmed by a signed 委托监护责任确认书 in force at that date.
     *
     * @return the count
     */
    public int leftBehindWithConfirmation() {
        return leftBehindWithConfirmation;
    }

    /**
     * Left-behind children in care at the end of the period without a signed confirmation in
     * force: each is a follow-up task for the township.
     *
     * @return the count
     */
    public int leftBehindWithoutConfirmation() {
        return leftBehindWithoutConfirmation;
    }

    /**
     * Distinct persons in coverage at the end of the period under either disability subsidy
     * (困难残疾人生活补贴 or 重度残疾人护理补贴; a person receiving both counts once).
     *
     * @return the count
     */
    public int disabilitySubsidyPersons() {
        return disabilitySubsidyPersons;
    }

    /**
     * Facilities by kind and grade.
     *
     * @return the counts, by kind then grade
     */
    public List<FacilityCount> facilities() {
        return facilities;
    }

    @Override
    public String toString() {
        return "DistrictReport[" + region.shortForm() + " " + from + ".." + to + ", paid "
                + totalPaid() + "]";
    }

    /**
     * Accumulates records into a {@link DistrictReport} (报表汇总器). Hand it every case of the
     * region (with the number of persons it covers), the ledger entries, service records and
     * facilities, in any order; records outside the period are ignored, records outside the
     * region are refused. Not thread-safe; use one builder per report.
     */
    public static final class Builder {

        private final RegionCode region;
        private final YearMonth from;
        private final YearMonth to;
        private final Instant start;
        private final Instant end;
        private final Map<RegionCode, String> names = new HashMap<>();

        private final Map<Program, int[]> counts = new EnumMap<>(Program.class);
        private final Map<Program, Set<CaseId>> paidCases = new EnumMap<>(Program.class);
        private final Map<Program, Money> paid = new EnumMap<>(Program.class);
        private final Map<Program, Integer> entries = new EnumMap<>(Program.class);
        private final Map<YearMonth, Map<Program, Money>> byMonth = new TreeMap<>();
        private final Map<RegionCode, Map<Program, Integer>> byTownship = new TreeMap<>();
        private final Set<String> disabilityPersons = new HashSet<>();
        private final Set<String> leftBehindChildren = new HashSet<>();
        private final Set<String> confirmedChildren = new HashSet<>();
        private final Set<String> homeCarePersons = new HashSet<>();
        private final Set<String> careVisitPersons = new HashSet<>();
        private final Set<String> adaptedSubjects = new HashSet<>();
        private final Map<String, CategoryCount> children = new TreeMap<>();
        private final Map<FacilityKind, Map<String, Integer>> facilities = new EnumMap<>(FacilityKind.class);
        private int homeCareVisits;
        private long homeCareMinutes;
        private int careVisits;
        private int insuranceGovernment;
        private int insuranceOther;

        private Builder(RegionCode region, YearMonth from, YearMonth to, ZoneId zone) {
            this.region = Objects.requireNonNull(region, "region");
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            Objects.requireNonNull(zone, "zone");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends (" + to + ") before it starts ("
                        + from + ") (统计期结束早于开始)");
            }
            this.start = from.atDay(1).atStartOfDay(zone).toInstant();
            this.end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        }

        /**
         * Names a region for tables and charts (e.g. 高资街道 for 321112001).
         *
         * @param code the region
         * @param name its name
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder regionName(RegionCode code, String name) {
            names.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Names several regions.
         *
         * @param regionNames names by region
         * @return this builder
         * @throws NullPointerException if the map or an entry is {@code null}
         */
        public Builder regionNames(Map<RegionCode, String> regionNames) {
            regionNames.forEach(this::regionName);
            return this;
        }

        /**
         * Adds a case with its history.
         *
         * @param aCase the case
         * @param persons the persons it covers: the household's members for a household case,
         *     1 for a person case
         * @return this builder
         * @throws NullPointerException if {@code aCase} is {@code null}
         * @throws IllegalArgumentException if the case lies outside the report's region or
         *     {@code persons} is below 1
         */
        public Builder addCase(Case aCase, int persons) {
            Objects.requireNonNull(aCase, "aCase");
            requireInside(aCase.region(), "case " + aCase.id());
            if (persons < 1) {
                throw new IllegalArgumentException("a case covers at least one person (每件业务至少涉及一人)");
            }
            int[] c = counts.computeIfAbsent(aCase.program(), p -> new int[6]);
            CaseState atEnd = null;
            for (Transition t : aCase.history()) {
                Instant at = t.at();
                if (!at.isBefore(end)) {
                    break;
                }
                atEnd = t.to();
                if (at.isBefore(start)) {
                    continue;
                }
                if (t.to() == CaseState.ACTIVE && t.from().orElse(null) == CaseState.APPROVED) {
                    c[0]++;
                    c[1] += persons;
                } else if (t.to() == CaseState.TERMINATED) {
                    c[2]++;
                    c[3] += persons;
                }
            }
            if (atEnd == CaseState.ACTIVE || atEnd == CaseState.IN_GRACE) {
                c[4]++;
                c[5] += persons;
                byTownship.computeIfAbsent(township(aCase.region()), k -> new EnumMap<>(Program.class))
                        .merge(aCase.program(), persons, Integer::sum);
                String subject = aCase.subject().id();
                switch (aCase.program()) {
                    case DISABILITY_LIVING_SUBSIDY, DISABILITY_CARE_SUBSIDY -> disabilityPersons.add(subject);
                    case LEFT_BEHIND_CHILD_CARE -> leftBehindChildren.add(subject);
                    default -> { }
                }
            }
            return this;
        }

        /**
         * Adds a ledger entry. Entries for months outside the period are ignored.
         *
         * @param payment the entry (posted or reversing)
         * @param program the program of the entry's case
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder addPayment(Payment payment, Program program) {
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(program, "program");
            YearMonth month = payment.key().month();
            if (month.isBefore(from) || month.isAfter(to)) {
                return this;
            }
            paid.merge(program, payment.amount(), Money::plus);
            byMonth.computeIfAbsent(month, m -> new EnumMap<>(Program.class))
                    .merge(program, payment.amount(), Money::plus);
            if (payment.status() == PaymentStatus.POSTED) {
                paidCases.computeIfAbsent(program, p -> new HashSet<>()).add(payment.key().caseId());
                entries.merge(program, 1, Integer::sum);
            } else {
                entries.merge(program, -1, Integer::sum);
            }
            return this;
        }

        /**
         * Adds a service record: home-care visits, care visits, home adaptations, insurance
         * enrolments and guardianship confirmations are counted; other kinds are ignored.
         * Confirmations count when signed by the end of the period and in force at its last day;
         * the other records when dated within the period.
         *
         * @param serviceRecord the record
         * @return this builder
         * @throws NullPointerException if {@code serviceRecord} is {@code null}
         * @throws IllegalArgumentException if the record lies outside the report's region
         */
        public Builder addServiceRecord(ServiceRecord serviceRecord) {
            Objects.requireNonNull(serviceRecord, "serviceRecord");
            requireInside(serviceRecord.region(), "service record " + serviceRecord.id());
            if (serviceRecord instanceof GuardianshipConfirmation g) {
                if (g.inForceOn(to.atEndOfMonth())) {
                    confirmedChildren.add(g.subject().id());
                }
                return this;
            }
            YearMonth month = YearMonth.from(serviceRecord.date());
            if (month.isBefore(from) || month.isAfter(to)) {
                return this;
            }
            String subject = serviceRecord.subject().id();
            if (serviceRecord instanceof HomeCareVisit v) {
                homeCareVisits++;
                homeCareMinutes += v.duration().toMinutes();
                homeCarePersons.add(subject);
            } else if (serviceRecord instanceof CareVisit) {
                careVisits++;
                careVisitPersons.add(subject);
            } else if (serviceRecord instanceof HomeAdaptation) {
                adaptedSubjects.add(subject);
            } else if (serviceRecord instanceof AccidentInsuranceEnrolment e) {
                if (e.payer() == PremiumPayer.GOVERNMENT) {
                    insuranceGovernment++;
                } else {
                    insuranceOther++;
                }
            }
            return this;
        }

        /**
         * Counts a child in difficulty (困境儿童) in coverage under a category, as decided by
         * the child's latest assessment.
         *
         * @param category the category (e.g. orphan, de-facto unsupported)
         * @return this builder
         * @throws NullPointerException if {@code category} is {@code null}
         */
        public Builder addChildInDifficulty(Coded category) {
            Objects.requireNonNull(category, "category");
            children.merge(category.code(),
                    new CategoryCount(category.code(), category.chineseName(), category.englishName(), 1),
                    (a, b) -> new CategoryCount(a.code(), a.chineseName(), a.englishName(), a.count() + 1));
            return this;
        }

        /**
         * Adds a facility, counted if it opened by the end of the period (or has no opening date).
         *
         * @param facility the facility
         * @return this builder
         * @throws NullPointerException if {@code facility} is {@code null}
         * @throws IllegalArgumentException if the facility lies outside the report's region
         */
        public Builder addFacility(Facility facility) {
            Objects.requireNonNull(facility, "facility");
            requireInside(facility.region(), "facility " + facility.id());
            if (facility.openedOn().map(d -> d.isAfter(to.atEndOfMonth())).orElse(false)) {
                return this;
            }
            String grade = facility.grade().map(g -> g.label()).orElse("");
            facilities.computeIfAbsent(facility.kind(), k -> new TreeMap<>()).merge(grade, 1, Integer::sum);
            return this;
        }

        /**
         * Computes the report. The builder may be used further afterwards.
         *
         * @return the report
         */
        public DistrictReport build() {
            Map<Program, ProgramFigures> figures = new LinkedHashMap<>();
            for (Program p : Program.values()) {
                int[] c = counts.getOrDefault(p, new int[6]);
                figures.put(p, new ProgramFigures(p, c[0], c[1], c[2], c[3], c[4], c[5],
                        paidCases.getOrDefault(p, Set.of()).size(), Math.max(0, entries.getOrDefault(p, 0)),
                        paid.getOrDefault(p, Money.ZERO)));
            }
            List<MonthlyAmount> amounts = new ArrayList<>();
            byMonth.forEach((m, map) -> map.forEach((p, a) -> {
                if (!a.isZero()) {
                    amounts.add(new MonthlyAmount(m, p, a));
                }
            }));
            List<TownshipCoverage> towns = new ArrayList<>();
            byTownship.forEach((code, map) -> towns.add(
                    new TownshipCoverage(code, Optional.ofNullable(names.get(code)), map)));
            BigDecimal hours = BigDecimal.valueOf(homeCareMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            ServiceFigures services = new ServiceFigures(homeCarePersons.size(), homeCareVisits, hours,
                    careVisitPersons.size(), careVisits, adaptedSubjects.size(), insuranceGovernment, insuranceOther);
            int with = 0;
            for (String child : leftBehindChildren) {
                if (confirmedChildren.contains(child)) {
                    with++;
                }
            }
            List<FacilityCount> fac = new ArrayList<>();
            facilities.forEach((kind, grades) -> grades.forEach((g, n) ->
                    fac.add(new FacilityCount(kind, g.isEmpty() ? Optional.empty() : Optional.of(g), n))));
            return new DistrictReport(this, figures, amounts, towns, services,
                    new ArrayList<>(children.values()), with, leftBehindChildren.size() - with,
                    disabilityPersons.size(), fac);
        }

        private void requireInside(RegionCode r, String what) {
            if (!region.contains(r)) {
                throw new IllegalArgumentException(what + " lies in region " + r.shortForm()
                        + ", outside the report's region " + region.shortForm() + " (记录不在统计区域内)");
            }
        }

        private RegionCode township(RegionCode r) {
            for (RegionCode c : r.selfAndAncestors()) {
                if (c.level() == RegionLevel.TOWNSHIP && region.contains(c)) {
                    return c;
                }
            }
            return region;
        }
    }
}
