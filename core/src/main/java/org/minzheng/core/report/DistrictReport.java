package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.minzheng.core.code.Coded;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.identity.RegionLevel;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.service.ServiceRecord;

/**
 * A district report (区县民政工作统计报表) for a region and a range of months: for every program the figures
 * it declares ({@link ReportLines}) — households and persons new, cancelled, in coverage and reached, payments
 * and amounts (also by month), cases by category, services and hours delivered, records in force — groups of
 * programs counted together, coverage by township, and facilities.
 *
 * <p>The report is computed by a {@link Builder} from the records handed to it (core reads no storage): cases
 * with their history, payment ledger entries, service records, categories and facilities. It knows programs
 * only through their declarations. Definitions (all times in the builder's zone, months inclusive):
 * <ul>
 *   <li><b>new</b> — a case moved from approved to active within the period;</li>
 *   <li><b>cancelled</b> — a case moved to terminated within the period;</li>
 *   <li><b>in coverage</b> — a household or person with a case active or in gradual exit at the end of the
 *       period (期末在保), counted once however many such cases it has, with the persons of its case; the program
 *       table, the groups, the townships and the categories (with a {@value #UNCATEGORISED} row for those no
 *       decision categorised) count the same subjects;</li>
 *   <li><b>reached</b> — a subject paid for a month of the period, or served within it (期内惠及);</li>
 *   <li><b>payments, amount</b> — ledger entries for the months of the period, postings minus reversals;</li>
 *   <li><b>services, hours</b> — records of the program's kind dated within the period;</li>
 *   <li><b>records in force</b> — subjects in coverage with a record of the program's kind in force on the
 *       period's last day.</li>
 * </ul>
 * A report may carry a {@link ReportHeader} (制表单位, 制表日期, synthetic data, illustrative standards),
 * see {@link #withHeader(ReportHeader)}. Instances are immutable and safe to share between threads.
 */
public final class DistrictReport {

    /** The code of the category row that counts subjects in coverage no decision categorised (未分类). */
    public static final String UNCATEGORISED = "uncategorised";

    /** The zone of Chinese administrative dates (北京时间), the builder's default. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RegionCode region;
    private final Optional<String> regionName;
    private final YearMonth from;
    private final YearMonth to;
    private final List<ProgramLines> programs;
    private final List<GroupLines> groups;
    private final List<MonthlyAmount> monthlyAmounts;
    private final List<TownshipCoverage> townships;
    private final List<FacilityCount> facilities;
    private final Optional<ReportHeader> header;
    private final List<ScreeningCount> screening;

    private DistrictReport(RegionCode region, Optional<String> regionName, YearMonth from, YearMonth to,
                           List<ProgramLines> programs, List<GroupLines> groups,
                           List<MonthlyAmount> monthlyAmounts, List<TownshipCoverage> townships,
                           List<FacilityCount> facilities, Optional<ReportHeader> header,
                           List<ScreeningCount> screening) {
        this.region = region;
        this.regionName = regionName;
        this.from = from;
        this.to = to;
        this.programs = List.copyOf(programs);
        this.groups = List.copyOf(groups);
        this.monthlyAmounts = List.copyOf(monthlyAmounts);
        this.townships = List.copyOf(townships);
        this.facilities = List.copyOf(facilities);
        this.header = header;
        this.screening = List.copyOf(screening);
    }

    /**
     * This report under a header (报表表头): the issuing office, the generation date, whether the data are
     * synthetic and which standards are illustrative. Every rendering shows it.
     *
     * @param value the header
     * @return a copy of this report with the header
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public DistrictReport withHeader(ReportHeader value) {
        Objects.requireNonNull(value, "header");
        return new DistrictReport(region, regionName, from, to, programs, groups, monthlyAmounts, townships,
                facilities, Optional.of(value), screening);
    }

    /**
     * The header the report is issued under, if one was given.
     *
     * @return the header
     */
    public Optional<ReportHeader> header() {
        return header;
    }

    /**
     * Starts a report in Beijing time.
     *
     * @param region the region reported on (a county or a township)
     * @param from the first month
     * @param to the last month
     * @param programs the programs to report, in report order (those of cases handed in later are added)
     * @return a builder to hand the records to
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Builder builder(RegionCode region, YearMonth from, YearMonth to, List<ProgramRule<?>> programs) {
        return new Builder(region, from, to, CHINA, programs);
    }

    /**
     * Starts a report in a zone.
     *
     * @param region the region reported on
     * @param from the first month
     * @param to the last month
     * @param zone the zone of the case histories' dates
     * @param programs the programs to report, in report order
     * @return a builder to hand the records to
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Builder builder(RegionCode region, YearMonth from, YearMonth to, ZoneId zone,
                                  List<ProgramRule<?>> programs) {
        return new Builder(region, from, to, zone, programs);
    }

    /**
     * The region reported on.
     *
     * @return the region
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The region's name, if given.
     *
     * @return the name
     */
    public Optional<String> regionName() {
        return regionName;
    }

    /**
     * The first month.
     *
     * @return the month
     */
    public YearMonth from() {
        return from;
    }

    /**
     * The last month.
     *
     * @return the month
     */
    public YearMonth to() {
        return to;
    }

    /**
     * The months of the period, in order.
     *
     * @return an unmodifiable list
     */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return List.copyOf(out);
    }

    /**
     * Every program's figures, in report order.
     *
     * @return an unmodifiable list
     */
    public List<ProgramLines> programs() {
        return programs;
    }

    /**
     * One program's figures.
     *
     * @param program the program
     * @return the figures, or empty when the program is not in the report
     */
    public Optional<ProgramLines> program(ProgramCode program) {
        Objects.requireNonNull(program, "program");
        for (ProgramLines p : programs) {
            if (p.program().equals(program)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The groups of programs reported together.
     *
     * @return an unmodifiable list
     */
    public List<GroupLines> groups() {
        return groups;
    }

    /**
     * The value of a figure.
     *
     * @param figure the figure
     * @return the value, or empty when the report has no such line or the measure does not apply
     */
    public Optional<BigDecimal> value(Figure figure) {
        Objects.requireNonNull(figure, "figure");
        for (ProgramLines p : programs) {
            if (p.program().value().equals(figure.line())) {
                return p.value(figure.measure(), figure.quantity(), figure.category());
            }
        }
        for (GroupLines g : groups) {
            if (g.code().equals(figure.line())) {
                return g.value(figure.measure(), figure.quantity());
            }
        }
        return Optional.empty();
    }

    /**
     * A label for a figure: the program's or group's name, the measure and the quantity.
     *
     * @param figure the figure
     * @param chinese Chinese when true, English otherwise
     * @return the label
     */
    public String label(Figure figure, boolean chinese) {
        String line = figure.line();
        for (ProgramLines p : programs) {
            if (p.program().value().equals(line)) {
                line = chinese ? p.chineseName() : p.englishName();
                if (figure.category().isPresent()) {
                    for (CategoryCount c : p.byCategory()) {
                        if (c.code().equals(figure.category().get())) {
                            return line + (chinese ? "：" + c.chineseName() : ": " + c.englishName());
                        }
                    }
                    return line + ": " + figure.category().get();
                }
            }
        }
        for (GroupLines g : groups) {
            if (g.code().equals(line)) {
                line = chinese ? g.chineseName() : g.englishName();
            }
        }
        String quantity = chinese ? figure.quantity().chineseName() : figure.quantity().englishName();
        if (figure.quantity() == Quantity.SUBJECTS) {
            boolean households = programs.stream().filter(p -> p.program().value().equals(figure.line()))
                    .anyMatch(ProgramLines::countsHouseholds);
            quantity = chinese ? (households ? "户数" : "人数") : (households ? "households" : "persons");
        }
        if (figure.measure() == Measure.SERVICES && figure.quantity() == Quantity.SUBJECTS) {
            // Those served during the period (期内服务), not those in coverage at its end (期末在保).
            return chinese ? line + " 期内服务" + quantity : line + ", served during the period (" + quantity + ")";
        }
        return chinese ? line + " " + figure.measure().chineseName() + "（" + quantity + "）"
                : line + ", " + figure.measure().englishName() + " (" + quantity + ")";
    }

    /**
     * The amounts paid, by month and program, where not zero.
     *
     * @return an unmodifiable list in month order
     */
    public List<MonthlyAmount> monthlyAmounts() {
        return monthlyAmounts;
    }

    /**
     * The amount a program paid for a month.
     *
     * @param program the program
     * @param month the month
     * @return the amount, zero when none
     */
    public Money amount(ProgramCode program, YearMonth month) {
        Money sum = Money.ZERO;
        for (MonthlyAmount a : monthlyAmounts) {
            if (a.month().equals(month) && a.program().equals(program)) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }

    /**
     * The amount paid by every program for the months of the period.
     *
     * @return the total
     */
    public Money totalPaid() {
        Money sum = Money.ZERO;
        for (ProgramLines p : programs) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    /**
     * Persons in coverage at the end of the period by township.
     *
     * @return an unmodifiable list in code order
     */
    public List<TownshipCoverage> townships() {
        return townships;
    }

    /**
     * Facilities open by the end of the period, by kind and grade.
     *
     * @return an unmodifiable list
     */
    public List<FacilityCount> facilities() {
        return facilities;
    }

    /**
     * What screening did within the period, for each program that declares screening, in program order.
     *
     * @return an unmodifiable list
     */
    public List<ScreeningCount> screening() {
        return screening;
    }

    /** E.g. {@code DistrictReport[321112 2022-01..2022-10, 12 programs]}. */
    @Override
    public String toString() {
        return "DistrictReport[" + region.shortForm() + " " + from + ".." + to + ", " + programs.size() + " programs]";
    }

    /**
     * Accumulates records into a {@link DistrictReport} (报表汇总器). Hand it every case of the region (with the
     * number of persons it covers), the ledger entries, service records, categories and facilities, in any
     * order; records outside the period are ignored, records outside the region are refused. Not thread-safe;
     * use one builder per report.
     */
    public static final class Builder {

        private final RegionCode region;
        private final YearMonth from;
        private final YearMonth to;
        private final Instant start;
        private final Instant end;
        private final LocalDate lastDay;
        private final Map<RegionCode, String> names = new HashMap<>();
        private final Map<ProgramCode, Line> lines = new LinkedHashMap<>();
        private final Map<CaseId, Line> caseLine = new HashMap<>();
        private final Map<CaseId, SubjectRef> caseSubject = new HashMap<>();
        private final Map<SubjectRef, Integer> subjectPersons = new HashMap<>();
        private final Map<YearMonth, Map<ProgramCode, Money>> byMonth = new TreeMap<>();
        private final Map<FacilityKind, Map<String, Integer>> facilities = new EnumMap<>(FacilityKind.class);
        /** Programs that declare screening: found for review, started at once, proposed for closing. */
        private final Map<ProgramCode, int[]> screened = new LinkedHashMap<>();

        /** The running figures of one program. */
        private static final class Line {
            final ProgramCode code;
            final String chineseName;
            final String englishName;
            final SubjectKind kind;
            final ReportLines declared;
            final int[] counts = new int[4];
            /** Subjects in coverage at the end, with the persons and region of their case in coverage. */
            final Map<SubjectRef, Integer> covered = new HashMap<>();
            final Map<SubjectRef, RegionCode> coveredRegion = new HashMap<>();
            final Set<SubjectRef> reached = new HashSet<>();
            final Set<SubjectRef> served = new HashSet<>();
            final Set<SubjectRef> inForce = new HashSet<>();
            final Map<String, CategoryCount> categories = new TreeMap<>();
            Money amount = Money.ZERO;
            int payments;
            int services;
            long minutes;
            BigDecimal hoursGranted = BigDecimal.ZERO;
            int servicesDue;

            Line(ProgramCode code, String chineseName, String englishName, SubjectKind kind, ReportLines declared) {
                this.code = code;
                this.chineseName = chineseName;
                this.englishName = englishName;
                this.kind = kind;
                this.declared = declared;
            }
        }

        private Builder(RegionCode region, YearMonth from, YearMonth to, ZoneId zone, List<ProgramRule<?>> programs) {
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
            this.lastDay = to.atEndOfMonth();
            for (ProgramRule<?> p : programs) {
                lines.putIfAbsent(p.programCode(), new Line(p.programCode(), p.chineseName(), p.englishName(),
                        p.subjectKind(), p.report()));
                if (p.monthly().screening().frequency() != org.minzheng.core.rule.Screening.Frequency.NEVER) {
                    screened.putIfAbsent(p.programCode(), new int[3]);
                }
            }
        }

        /**
         * Names a region for tables and charts (e.g. 高资街道 for 321112001).
         *
         * @param code the region
         * @param name its name
         * @return this builder
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
         */
        public Builder regionNames(Map<RegionCode, String> regionNames) {
            regionNames.forEach(this::regionName);
            return this;
        }

        private Line line(ProgramCode program, SubjectKind kind) {
            return lines.computeIfAbsent(program, p -> new Line(p, p.value(), p.value(), kind,
                    ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                            Measure.PAYMENTS, Measure.AMOUNT)));
        }

        /**
         * Adds a case with its history.
         *
         * @param aCase the case
         * @param persons the persons it covers: the household's members for a household case, 1 for a person case
         * @return this builder
         * @throws IllegalArgumentException if the case lies outside the report's region or {@code persons} is
         *         below 1
         */
        public Builder addCase(Case aCase, int persons) {
            Objects.requireNonNull(aCase, "aCase");
            requireInside(aCase.region(), "case " + aCase.id());
            if (persons < 1) {
                throw new IllegalArgumentException("a case covers at least one person (每件业务至少涉及一人)");
            }
            Line line = line(aCase.program(), aCase.subject().kind());
            caseLine.put(aCase.id(), line);
            caseSubject.put(aCase.id(), aCase.subject());
            subjectPersons.merge(aCase.subject(), persons, Math::max);
            int[] c = line.counts;
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
                // One subject is one household or person in coverage however many of its cases are open: the
                // program table, the groups and the townships count the same subjects (and persons).
                Integer before = line.covered.get(aCase.subject());
                if (before == null || persons > before) {
                    line.covered.put(aCase.subject(), persons);
                    line.coveredRegion.put(aCase.subject(), aCase.region());
                }
            }
            return this;
        }

        /**
         * Adds a ledger entry. Entries for months outside the period, and entries of cases not handed in, are
         * ignored.
         *
         * @param payment the entry (posted or reversing)
         * @return this builder
         */
        public Builder addPayment(Payment payment) {
            Objects.requireNonNull(payment, "payment");
            YearMonth month = payment.key().month();
            Line line = caseLine.get(payment.key().caseId());
            if (line == null || month.isBefore(from) || month.isAfter(to)) {
                return this;
            }
            line.amount = line.amount.plus(payment.amount());
            byMonth.computeIfAbsent(month, m -> new LinkedHashMap<>()).merge(line.code, payment.amount(), Money::plus);
            if (payment.status() == PaymentStatus.POSTED) {
                line.payments++;
                line.reached.add(caseSubject.get(payment.key().caseId()));
            } else {
                line.payments--;
            }
            return this;
        }

        /**
         * Adds a service record: it counts for every program whose report lines name its kind — as a service
         * when dated within the period, and as a record in force when in force on the period's last day.
         *
         * @param serviceRecord the record
         * @return this builder
         * @throws IllegalArgumentException if the record lies outside the report's region
         */
        public Builder addServiceRecord(ServiceRecord serviceRecord) {
            Objects.requireNonNull(serviceRecord, "serviceRecord");
            requireInside(serviceRecord.region(), "service record " + serviceRecord.id());
            YearMonth month = YearMonth.from(serviceRecord.date());
            boolean inPeriod = !month.isBefore(from) && !month.isAfter(to);
            for (Line line : lines.values()) {
                ReportLines r = line.declared;
                if (r.serviceKind().isEmpty() || r.serviceKind().get() != serviceRecord.kind()) {
                    continue;
                }
                if (r.inForce().isPresent() && !serviceRecord.date().isAfter(lastDay)
                        && r.inForce().get().test(serviceRecord, lastDay)) {
                    line.inForce.add(serviceRecord.subject());
                }
                if (inPeriod) {
                    line.services++;
                    line.served.add(serviceRecord.subject());
                    line.reached.add(serviceRecord.subject());
                    if (r.minutes().isPresent()) {
                        line.minutes += r.minutes().get().applyAsLong(serviceRecord);
                    }
                }
            }
            return this;
        }

        /**
         * Counts a case in coverage at the end of the period under the category its decision found (e.g. a
         * child's category, a 尊老金 band).
         *
         * @param program the program
         * @param category the category
         * @return this builder
         */
        public Builder addCategory(ProgramCode program, Coded category) {
            Objects.requireNonNull(category, "category");
            Line line = lines.get(Objects.requireNonNull(program, "program"));
            if (line == null) {
                throw new IllegalArgumentException("program " + program + " is not in the report");
            }
            line.categories.merge(category.code(),
                    new CategoryCount(category.code(), category.chineseName(), category.englishName(), 1),
                    (a, b) -> new CategoryCount(a.code(), a.chineseName(), a.englishName(), a.count() + 1));
            return this;
        }

        /**
         * Adds what one case's decision of one month of the period grants: the hours of service (for {@link
         * Measure#HOURS_GRANTED}) and the services due (for {@link Measure#SERVICES_DUE}). The caller adds one
         * decision per case and month in which the case was active or in gradual exit at the month's end.
         *
         * @param program the program
         * @param hours the hours granted for the month, zero when none
         * @param services the services due in the month, zero when none
         * @return this builder
         * @throws IllegalArgumentException if the program is not in the report or a figure is negative
         */
        public Builder addGranted(ProgramCode program, BigDecimal hours, int services) {
            Objects.requireNonNull(hours, "hours");
            Line line = lines.get(Objects.requireNonNull(program, "program"));
            if (line == null) {
                throw new IllegalArgumentException("program " + program + " is not in the report");
            }
            if (hours.signum() < 0 || services < 0) {
                throw new IllegalArgumentException("granted hours and services due must not be negative");
            }
            line.hoursGranted = line.hoursGranted.add(hours);
            line.servicesDue += services;
            return this;
        }

        /**
         * Adds what screening did to one case within the period (the caller, which knows who wrote the case's
         * history, tells).
         *
         * @param program the case's program
         * @param foundForReview whether screening opened the case for review within the period
         * @param startedAtOnce whether screening opened the case and started it at once within the period
         * @param proposedClosing whether the monthly run proposed the case for closing within the period
         * @return this builder
         * @throws IllegalArgumentException if the program is not in the report
         */
        public Builder addScreening(ProgramCode program, boolean foundForReview, boolean startedAtOnce,
                                    boolean proposedClosing) {
            Objects.requireNonNull(program, "program");
            if (!lines.containsKey(program)) {
                throw new IllegalArgumentException("program " + program + " is not in the report");
            }
            int[] c = screened.computeIfAbsent(program, k -> new int[3]);
            c[0] += foundForReview ? 1 : 0;
            c[1] += startedAtOnce ? 1 : 0;
            c[2] += proposedClosing ? 1 : 0;
            return this;
        }

        /**
         * Adds a facility, counted if it opened by the end of the period (or has no opening date).
         *
         * @param facility the facility
         * @return this builder
         * @throws IllegalArgumentException if the facility lies outside the report's region
         */
        public Builder addFacility(Facility facility) {
            Objects.requireNonNull(facility, "facility");
            requireInside(facility.region(), "facility " + facility.id());
            if (facility.openedOn().map(d -> d.isAfter(lastDay)).orElse(false)) {
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
            List<ProgramLines> figures = new ArrayList<>();
            Map<RegionCode, Map<ProgramCode, Integer>> byTownship = new TreeMap<>();
            Map<String, List<Line>> grouped = new LinkedHashMap<>();
            for (Line l : lines.values()) {
                int[] c = l.counts;
                int coveredPersons = 0;
                for (Map.Entry<SubjectRef, Integer> e : l.covered.entrySet()) {
                    coveredPersons += e.getValue();
                    if (l.declared.reports(Measure.IN_COVERAGE)) {
                        byTownship.computeIfAbsent(township(l.coveredRegion.get(e.getKey())), k -> new LinkedHashMap<>())
                                .merge(l.code, e.getValue(), Integer::sum);
                    }
                }
                List<CategoryCount> categories = new ArrayList<>(l.categories.values());
                int categorised = categories.stream().mapToInt(CategoryCount::count).sum();
                if (l.declared.reports(Measure.BY_CATEGORY) && categorised < l.covered.size()) {
                    // The category table adds up to the subjects in coverage: those no decision categorised are
                    // shown as such, not left out.
                    categories.add(new CategoryCount(UNCATEGORISED, "未分类", "not categorised",
                            l.covered.size() - categorised));
                }
                BigDecimal hours = BigDecimal.valueOf(l.minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                int withRecord = 0;
                for (SubjectRef s : l.inForce) {
                    if (l.covered.containsKey(s)) {
                        withRecord++;
                    }
                }
                figures.add(new ProgramLines(l.code, l.chineseName, l.englishName, l.kind, l.declared.measures(),
                        l.declared.group(), new Count(c[0], c[1]), new Count(c[2], c[3]),
                        new Count(l.covered.size(), coveredPersons), count(l.reached), Math.max(0, l.payments),
                        l.amount, categories,
                        l.services, l.served.size(), hours, withRecord, l.hoursGranted, l.servicesDue));
                l.declared.group().ifPresent(g -> grouped.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(l));
            }
            List<GroupLines> groups = new ArrayList<>();
            grouped.forEach((code, members) -> {
                ReportLines.Group g = members.get(0).declared.group().orElseThrow();
                Map<SubjectRef, Integer> covered = new HashMap<>();
                Set<SubjectRef> reached = new HashSet<>();
                Money amount = Money.ZERO;
                List<ProgramCode> codes = new ArrayList<>();
                for (Line l : members) {
                    l.covered.forEach((s, n) -> covered.merge(s, n, Math::max));
                    reached.addAll(l.reached);
                    amount = amount.plus(l.amount);
                    codes.add(l.code);
                }
                groups.add(new GroupLines(code, g.chineseName(), g.englishName(), codes,
                        new Count(covered.size(), covered.values().stream().mapToInt(Integer::intValue).sum()),
                        count(reached),
                        amount));
            });
            List<MonthlyAmount> amounts = new ArrayList<>();
            byMonth.forEach((m, map) -> map.forEach((p, a) -> {
                if (!a.isZero()) {
                    amounts.add(new MonthlyAmount(m, p, a));
                }
            }));
            List<TownshipCoverage> towns = new ArrayList<>();
            byTownship.forEach((code, map) -> towns.add(
                    new TownshipCoverage(code, Optional.ofNullable(names.get(code)), map)));
            List<FacilityCount> fac = new ArrayList<>();
            facilities.forEach((kind, grades) -> grades.forEach((g, n) ->
                    fac.add(new FacilityCount(kind, g.isEmpty() ? Optional.empty() : Optional.of(g), n))));
            List<ScreeningCount> screening = new ArrayList<>();
            screened.forEach((code, c) -> {
                Line l = lines.get(code);
                screening.add(new ScreeningCount(code, l.chineseName, l.englishName, c[0], c[1], c[2]));
            });
            return new DistrictReport(region, Optional.ofNullable(names.get(region)), from, to, figures, groups,
                    amounts, towns, fac, Optional.empty(), screening);
        }

        private Count count(Set<SubjectRef> subjects) {
            int persons = 0;
            for (SubjectRef s : subjects) {
                persons += subjectPersons.getOrDefault(s, 1);
            }
            return new Count(subjects.size(), persons);
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
