package org.minzheng.core.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A program's lines in the district report (报表项目): which {@link Measure}s it reports, the group it is
 * reported with (e.g. 两项补贴 for the two disability subsidies, counted together by distinct person), and
 * the service records that are its services (with how long each took, or whether one is in force).
 *
 * <p>Immutable.
 */
public final class ReportLines {

    /** A group of programs reported together (e.g. 两项补贴). */
    public record Group(String code, String chineseName, String englishName) {
        /**
         * Checks the parts.
         *
         * @param code the group's code
         * @param chineseName its Chinese name
         * @param englishName its English name
         */
        public Group {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(chineseName, "chineseName");
            Objects.requireNonNull(englishName, "englishName");
        }
    }

    private static final ReportLines NONE = new ReportLines(Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    private final Set<Measure> measures;
    private final Optional<Group> group;
    private final Optional<ServiceRecordKind> serviceKind;
    private final Optional<ToLongFunction<ServiceRecord>> minutes;
    private final Optional<BiPredicate<ServiceRecord, LocalDate>> inForce;

    private ReportLines(Set<Measure> measures, Optional<Group> group, Optional<ServiceRecordKind> serviceKind,
                        Optional<ToLongFunction<ServiceRecord>> minutes,
                        Optional<BiPredicate<ServiceRecord, LocalDate>> inForce) {
        this.measures = measures;
        this.group = group;
        this.serviceKind = serviceKind;
        this.minutes = minutes;
        this.inForce = inForce;
    }

    /**
     * No lines: the program does not appear in the report.
     *
     * @return the lines
     */
    public static ReportLines none() {
        return NONE;
    }

    /**
     * Lines for some measures.
     *
     * @param first a measure
     * @param more more measures
     * @return the lines
     */
    public static ReportLines of(Measure first, Measure... more) {
        Set<Measure> set = EnumSet.of(first, more);
        return new ReportLines(Set.copyOf(set), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * These lines, reported within a group.
     *
     * @param code the group's code, e.g. {@code disability-subsidies}
     * @param chinese its Chinese name, e.g. 困难残疾人两项补贴
     * @param english its English name
     * @return the lines
     */
    public ReportLines group(String code, String chinese, String english) {
        return new ReportLines(measures, Optional.of(new Group(code, chinese, english)), serviceKind, minutes, inForce);
    }

    /**
     * These lines, counting service records of a kind as the program's services.
     *
     * @param kind the kind
     * @return the lines
     */
    public ReportLines services(ServiceRecordKind kind) {
        return new ReportLines(measures, group, Optional.of(Objects.requireNonNull(kind, "kind")), minutes, inForce);
    }

    /**
     * These lines, with the minutes each service record took (for {@link Measure#HOURS}).
     *
     * @param value minutes of a record of the program's kind
     * @return the lines
     */
    public ReportLines minutes(ToLongFunction<ServiceRecord> value) {
        return new ReportLines(measures, group, serviceKind, Optional.of(Objects.requireNonNull(value, "value")), inForce);
    }

    /**
     * These lines, with when a record is in force (for {@link Measure#RECORD_IN_FORCE}).
     *
     * @param value whether a record of the program's kind is in force on a day
     * @return the lines
     */
    public ReportLines inForce(BiPredicate<ServiceRecord, LocalDate> value) {
        return new ReportLines(measures, group, serviceKind, minutes, Optional.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * The measures reported.
     *
     * @return an unmodifiable set
     */
    public Set<Measure> measures() {
        return measures;
    }

    /**
     * Whether a measure is reported.
     *
     * @param m the measure
     * @return true when reported
     */
    public boolean reports(Measure m) {
        return measures.contains(m);
    }

    /**
     * The group the program is reported with.
     *
     * @return the group, or empty
     */
    public Optional<Group> group() {
        return group;
    }

    /**
     * The kind of service record that is the program's service.
     *
     * @return the kind, or empty
     */
    public Optional<ServiceRecordKind> serviceKind() {
        return serviceKind;
    }

    /**
     * Minutes of a service record.
     *
     * @return the function, or empty
     */
    public Optional<ToLongFunction<ServiceRecord>> minutes() {
        return minutes;
    }

    /**
     * When a record is in force.
     *
     * @return the predicate, or empty
     */
    public Optional<BiPredicate<ServiceRecord, LocalDate>> inForce() {
        return inForce;
    }

    /**
     * What is missing for the measures declared (used by the contract suite and at build time).
     *
     * @return problems, empty when consistent
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        boolean needsKind = measures.contains(Measure.SERVICES) || measures.contains(Measure.HOURS)
                || measures.contains(Measure.RECORD_IN_FORCE);
        if (needsKind && serviceKind.isEmpty()) {
            out.add("measures SERVICES, HOURS and RECORD_IN_FORCE need services(kind)");
        }
        if (measures.contains(Measure.SERVICES_DUE) && !measures.contains(Measure.SERVICES)) {
            out.add("measure SERVICES_DUE is compared with SERVICES: declare both");
        }
        if (measures.contains(Measure.HOURS_GRANTED) && !measures.contains(Measure.HOURS)) {
            out.add("measure HOURS_GRANTED is compared with HOURS: declare both");
        }
        if (measures.contains(Measure.HOURS) && minutes.isEmpty()) {
            out.add("measure HOURS needs minutes(record -> …)");
        }
        if (measures.contains(Measure.RECORD_IN_FORCE) && inForce.isEmpty()) {
            out.add("measure RECORD_IN_FORCE needs inForce((record, day) -> …)");
        }
        return out;
    }

    /** E.g. {@code ReportLines[[NEW, AMOUNT], group disability-subsidies]}. */
    @Override
    public String toString() {
        return "ReportLines[" + measures + group.map(g -> ", group " + g.code()).orElse("")
                + serviceKind.map(k -> ", services " + k.code()).orElse("") + "]";
    }
}
