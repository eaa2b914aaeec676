package org.minzheng.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.SchoolEnrolment;
import org.minzheng.core.registry.SchoolLevel;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;

/**
 * Maps persons, their parents, relatives, school enrolments and capability assessments to and from rows of
 * mz_person, mz_person_parent, mz_person_relative, mz_person_school and mz_person_capability.
 */
final class PersonRows {

    /** The person columns, in the order {@link #bindContent} binds them (then version). */
    static final String CONTENT_COLUMNS = "id_number, name, birth_date, gender, hukou, disability_category, "
            + "disability_grade, disability_certificate, seriously_ill, labour_capacity, self_care_lost, "
            + "self_care_level, self_care_assessed_on, status_kind, status_since, placement, living_situation, "
            + "hiv_infected";
    static final int CONTENT_COUNT = CONTENT_COLUMNS.split(", ").length;
    /** {@code id_number = ?, name = ?, …}: the content columns of an UPDATE, in the same order. */
    static final String CONTENT_ASSIGNMENTS = CONTENT_COLUMNS.replace(", ", " = ?, ") + " = ?";
    static final String SELECT = "SELECT " + ("id, " + CONTENT_COLUMNS + ", version, household_id, relation, member_order")
            .replaceAll("(\\w+)", "p.$1") + " FROM mz_person p";
    static final String PARENT_COLUMNS = "person_id, ordinal, parent_role, parent_person_id, status_kind, status_since, "
            + "disability_category, disability_grade, disability_certificate, seriously_ill";

    static final String RELATIVE_COLUMNS = "person_id, ordinal, relative_kind, relative_person_id, gender, birth_date, "
            + "status_kind, status_since, disability_category, disability_grade, disability_certificate, seriously_ill, "
            + "annual_income, without_civil_capacity";
    static final int RELATIVE_COUNT = RELATIVE_COLUMNS.split(", ").length;

    /** The rows of a person's child tables, by person id, each list in stored order. */
    record Extras(java.util.Map<String, List<Parent>> parents, java.util.Map<String, List<Relative>> relatives,
                  java.util.Map<String, List<SchoolEnrolment>> schools,
                  java.util.Map<String, List<CapabilityRecord>> capabilities) {

        /** Which of the four child tables hold rows for the selected persons: one query (decision 0361). */
        private static final String PROBE = "SELECT "
                + String.join(", ", java.util.stream.Stream.of("parent", "relative", "school", "capability")
                        .map(t -> "MAX(CASE WHEN EXISTS (SELECT 1 FROM mz_person_" + t
                                + " t WHERE t.person_id = p.id) THEN 1 ELSE 0 END)")
                        .toList())
                + " FROM mz_person p WHERE ";

        /**
         * Loads the child rows of the persons a condition selects: one query that finds which of the four child
         * tables hold any, then one query for each that does (decision 0361).
         *
         * @param condition a condition on {@code p}, the mz_person table, e.g. {@code p.household_id IN (?, ?)}
         */
        static Extras load(java.sql.Connection c, String condition, Jdbc.Binder bind) throws SQLException {
            Extras x = new Extras(new java.util.HashMap<>(), new java.util.HashMap<>(), new java.util.HashMap<>(),
                    new java.util.HashMap<>());
            // most registries have few of these rows: four empty reads per chunk were a third of its statements
            boolean[] has = Jdbc.query(c, PROBE + condition, bind, rs -> new boolean[] {rs.getInt(1) > 0,
                    rs.getInt(2) > 0, rs.getInt(3) > 0, rs.getInt(4) > 0}).stream().findFirst()
                    .orElse(new boolean[4]);
            String from = " ON t.person_id = p.id WHERE " + condition + " ORDER BY t.person_id, ";
            if (has[0]) {
                Jdbc.query(c, "SELECT t.* FROM mz_person p JOIN mz_person_parent t" + from + "t.ordinal", bind, rs -> {
                    x.parents.computeIfAbsent(rs.getString("person_id"), k -> new ArrayList<>()).add(readParent(rs));
                    return null;
                });
            }
            if (has[1]) {
                Jdbc.query(c, "SELECT t.* FROM mz_person p JOIN mz_person_relative t" + from + "t.ordinal", bind,
                        rs -> {
                            x.relatives.computeIfAbsent(rs.getString("person_id"), k -> new ArrayList<>())
                                    .add(readRelative(rs));
                            return null;
                        });
            }
            if (has[2]) {
                Jdbc.query(c, "SELECT t.* FROM mz_person p JOIN mz_person_school t" + from + "t.ordinal", bind, rs -> {
                    x.schools.computeIfAbsent(rs.getString("person_id"), k -> new ArrayList<>())
                            .add(new SchoolEnrolment(Coded.fromCode(SchoolLevel.class, rs.getString("school_level")),
                                    Jdbc.getDate(rs, "from_date"), Optional.ofNullable(Jdbc.getDate(rs, "until_date"))));
                    return null;
                });
            }
            if (!has[3]) {
                return x;
            }
            Jdbc.query(c, "SELECT t.* FROM mz_person p JOIN mz_person_capability t" + from + "t.assessed_on", bind,
                    rs -> {
                        x.capabilities.computeIfAbsent(rs.getString("person_id"), k -> new ArrayList<>())
                                .add(new CapabilityRecord(Jdbc.getDate(rs, "assessed_on"), rs.getInt("total_score"),
                                        Coded.fromCode(CapabilityLevel.class, rs.getString("capability_level"))));
                        return null;
                    });
            return x;
        }
    }

    /** A stored person with its membership. */
    record Row(Person person, String householdId, String relation, Integer memberOrder) {
    }

    private PersonRows() {
    }

    /** Binds the 15 content columns starting at {@code from}. */
    static void bindContent(PreparedStatement ps, int from, Person p) throws SQLException {
        int i = from;
        Jdbc.setString(ps, i++, p.idNumber().map(IdNumber::value).orElse(null));
        ps.setString(i++, p.name());
        Jdbc.setDate(ps, i++, p.birthDate());
        ps.setString(i++, p.gender().code());
        ps.setString(i++, p.hukou().code());
        i = bindDisability(ps, i, p.disability());
        ps.setBoolean(i++, p.seriouslyIll());
        Jdbc.setString(ps, i++, p.labourCapacity().map(LabourCapacity::code).orElse(null));
        if (p.selfCare().isPresent()) {
            SelfCare sc = p.selfCare().get();
            StringJoiner lost = new StringJoiner(",");
            Set<ActivityOfDailyLiving> sorted = EnumSet.noneOf(ActivityOfDailyLiving.class);
            sorted.addAll(sc.lost());
            for (ActivityOfDailyLiving a : sorted) {
                lost.add(a.code());
            }
            ps.setString(i++, lost.toString());
            Jdbc.setString(ps, i++, sc.capabilityLevel().map(CapabilityLevel::code).orElse(null));
            Jdbc.setDate(ps, i++, sc.assessedOn().orElse(null));
        } else {
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.DATE);
        }
        ps.setString(i++, p.status().kind().code());
        Jdbc.setDate(ps, i++, p.status().since());
        Jdbc.setString(ps, i++, p.placement().map(Placement::code).orElse(null));
        Jdbc.setString(ps, i++, p.livingSituation().map(LivingSituation::code).orElse(null));
        ps.setBoolean(i, p.hivInfected());
    }

    private static int bindDisability(PreparedStatement ps, int i, Optional<Disability> d) throws SQLException {
        if (d.isPresent()) {
            ps.setString(i++, d.get().category().code());
            ps.setInt(i++, d.get().grade());
            Jdbc.setString(ps, i++, d.get().certificate().map(DisabilityCertificateNumber::value).orElse(null));
        } else {
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.SMALLINT);
            ps.setNull(i++, Types.VARCHAR);
        }
        return i;
    }

    private static Optional<Disability> readDisability(ResultSet rs) throws SQLException {
        String category = rs.getString("disability_category");
        if (category == null) {
            return Optional.empty();
        }
        String certificate = rs.getString("disability_certificate");
        return Optional.of(new Disability(Coded.fromCode(DisabilityCategory.class, category), rs.getInt("disability_grade"),
                Optional.ofNullable(certificate).map(DisabilityCertificateNumber::parse)));
    }

    /** Reads a person row with its child rows. */
    static Row read(ResultSet rs, Extras extras) throws SQLException {
        String personId = rs.getString("id");
        List<Parent> parents = extras.parents().getOrDefault(personId, List.of());
        Person.Builder b = Person.builder().id(personId).name(rs.getString("name"))
                .birthDate(Jdbc.getDate(rs, "birth_date"))
                .gender(Coded.fromCode(Gender.class, rs.getString("gender")))
                .hukou(Coded.fromCode(HukouType.class, rs.getString("hukou")))
                .disability(readDisability(rs))
                .seriouslyIll(rs.getBoolean("seriously_ill"))
                .status(PersonStatus.of(Coded.fromCode(StatusKind.class, rs.getString("status_kind")),
                        Jdbc.getDate(rs, "status_since")))
                .parents(parents)
                .relatives(extras.relatives().getOrDefault(personId, List.of()))
                .schoolEnrolments(extras.schools().getOrDefault(personId, List.of()))
                .capabilityAssessments(extras.capabilities().getOrDefault(personId, List.of()))
                .hivInfected(rs.getBoolean("hiv_infected"))
                .version(rs.getLong("version"));
        String placement = rs.getString("placement");
        if (placement != null) {
            b.placement(Coded.fromCode(Placement.class, placement));
        }
        String living = rs.getString("living_situation");
        if (living != null) {
            b.livingSituation(Coded.fromCode(LivingSituation.class, living));
        }
        String idNumber = rs.getString("id_number");
        if (idNumber != null) {
            b.idNumber(IdNumber.parse(idNumber));
        }
        String labour = rs.getString("labour_capacity");
        if (labour != null) {
            b.labourCapacity(Coded.fromCode(LabourCapacity.class, labour));
        }
        String lost = rs.getString("self_care_lost");
        if (lost != null) {
            Set<ActivityOfDailyLiving> set = EnumSet.noneOf(ActivityOfDailyLiving.class);
            for (String code : lost.split(",")) {
                if (!code.isEmpty()) {
                    set.add(Coded.fromCode(ActivityOfDailyLiving.class, code));
                }
            }
            String level = rs.getString("self_care_level");
            b.selfCare(new SelfCare(set, Optional.ofNullable(level).map(c -> Coded.fromCode(CapabilityLevel.class, c)),
                    Optional.ofNullable(Jdbc.getDate(rs, "self_care_assessed_on"))));
        }
        String household = rs.getString("household_id");
        Integer order = Jdbc.getInteger(rs, "member_order").orElse(null);
        return new Row(b.build(), household, rs.getString("relation"), order);
    }

    /** Binds a parent row (10 columns). */
    static void bindParent(PreparedStatement ps, String personId, int ordinal, Parent p) throws SQLException {
        ps.setString(1, personId);
        ps.setInt(2, ordinal);
        ps.setString(3, p.role().code());
        Jdbc.setString(ps, 4, p.person().map(PersonId::value).orElse(null));
        ps.setString(5, p.status().kind().code());
        Jdbc.setDate(ps, 6, p.status().since());
        int i = bindDisability(ps, 7, p.disability());
        ps.setBoolean(i, p.seriouslyIll());
    }

    /** Reads a parent row. */
    static Parent readParent(ResultSet rs) throws SQLException {
        String parentId = rs.getString("parent_person_id");
        return new Parent(Coded.fromCode(ParentRole.class, rs.getString("parent_role")),
                Optional.ofNullable(parentId).map(PersonId::of),
                PersonStatus.of(Coded.fromCode(StatusKind.class, rs.getString("status_kind")), Jdbc.getDate(rs, "status_since")),
                readDisability(rs), rs.getBoolean("seriously_ill"));
    }

    /** Binds a relative row (14 columns). */
    static void bindRelative(PreparedStatement ps, String personId, int ordinal, Relative r) throws SQLException {
        ps.setString(1, personId);
        ps.setInt(2, ordinal);
        ps.setString(3, r.kind().code());
        Jdbc.setString(ps, 4, r.person().map(PersonId::value).orElse(null));
        ps.setString(5, r.gender().code());
        Jdbc.setDate(ps, 6, r.birthDate());
        ps.setString(7, r.status().kind().code());
        Jdbc.setDate(ps, 8, r.status().since());
        int i = bindDisability(ps, 9, r.disability());
        ps.setBoolean(i++, r.seriouslyIll());
        if (r.annualIncome().isPresent()) {
            Jdbc.setMoney(ps, i++, r.annualIncome().get());
        } else {
            ps.setNull(i++, Types.DECIMAL);
        }
        ps.setBoolean(i, r.withoutCivilCapacity());
    }

    /** Reads a relative row. */
    static Relative readRelative(ResultSet rs) throws SQLException {
        String relativeId = rs.getString("relative_person_id");
        java.math.BigDecimal income = rs.getBigDecimal("annual_income");
        return new Relative(Coded.fromCode(RelativeKind.class, rs.getString("relative_kind")),
                Optional.ofNullable(relativeId).map(PersonId::of), Coded.fromCode(Gender.class, rs.getString("gender")),
                Jdbc.getDate(rs, "birth_date"),
                PersonStatus.of(Coded.fromCode(StatusKind.class, rs.getString("status_kind")),
                        Jdbc.getDate(rs, "status_since")),
                readDisability(rs), rs.getBoolean("seriously_ill"),
                income == null ? Optional.empty() : Optional.of(Jdbc.getMoney(rs, "annual_income")),
                rs.getBoolean("without_civil_capacity"));
    }

    /** Groups parent rows by person, keeping their order. */
    static java.util.Map<String, List<Parent>> groupParents(List<Object[]> rows) {
        java.util.Map<String, List<Parent>> out = new java.util.HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Parent) r[1]);
        }
        return out;
    }
}
