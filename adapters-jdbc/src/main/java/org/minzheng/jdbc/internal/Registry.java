package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.minzheng.jdbc.Dialect;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.ExpenditureKind;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RigidExpenditure;
import org.minzheng.core.registry.SchoolEnrolment;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.HouseholdRepository;
import org.minzheng.spi.storage.PersonRepository;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.spi.storage.WriteContext;

/**
 * Households and persons on JDBC. Loading is by pages of households: one query for the
 * households, one for all their members, one for the members' parents and one for the incomes,
 * never a query per household. Saving locks the stored rows ({@code SELECT … FOR UPDATE}),
 * checks versions, then writes with batched statements.
 */
public final class Registry {

    private final Session session;

    /**
     * Creates the repositories of a session.
     *
     * @param session the session
     */
    public Registry(Session session) {
        this.session = session;
    }

    /** @return the household repository */
    public HouseholdRepository households() {
        return new Households();
    }

    /** @return the person repository */
    public PersonRepository persons() {
        return new Persons();
    }

    // ------------------------------------------------------------------ reading

    private record HouseholdRow(String id, RegionCode region, String address, HukouType hukou, Assets assets,
            long version) {
    }

    private static HouseholdRow readHousehold(ResultSet rs, Map<String, RegionCode> regions) throws SQLException {
        Assets assets = new Assets(Jdbc.getMoney(rs, "deposits"), Jdbc.getMoney(rs, "securities"), rs.getInt("vehicles"),
                Jdbc.getMoney(rs, "vehicles_value"), rs.getInt("real_estate"), Jdbc.getMoney(rs, "real_estate_value"));
        if (assets.equals(Assets.NONE)) {
            assets = Assets.NONE; // one object for every household without assets (decision record 0441)
        }
        // one RegionCode per village of the page read, not per household (decision record 0442)
        RegionCode region = regions.computeIfAbsent(rs.getString("region"), r -> RegionCode.parse(r.trim()));
        return new HouseholdRow(rs.getString("id"), region, rs.getString("address"),
                Coded.fromCode(HukouType.class, rs.getString("hukou")), assets, rs.getLong("version"));
    }

    private static final String HOUSEHOLD_COLUMNS = "id, region, address, hukou, deposits, securities, vehicles, "
            + "vehicles_value, real_estate, real_estate_value, version";

    /**
     * Which households to load: one by id, or a page of households by their ids — an IN-list of at
     * most {@link Jdbc#CHUNK}, or on H2, whose IN-lists of parameters cost several times a range,
     * the range [first, last] of the page's ids in order, rows of other households in that range
     * being dropped by the caller. Each table is constrained on its own household-id column, so
     * that every query runs on an index, whatever plan the database picks for the join.
     */
    record Selection(String id, List<String> ids, boolean range, Set<String> wanted) {

        static Selection one(String id) {
            return new Selection(id, null, false, Set.of(id));
        }

        /** The households of a page, by id (in id order when {@code range}). */
        static Selection of(List<String> ids, boolean range) {
            return new Selection(null, ids, range, Set.copyOf(ids));
        }

        /** The condition on a household-id column: one key, a range or an IN-list. */
        String condition(String householdIdColumn) {
            if (id != null) {
                return householdIdColumn + " = ?";
            }
            return range ? householdIdColumn + " >= ? AND " + householdIdColumn + " <= ?"
                    : householdIdColumn + " IN (" + Jdbc.marks(ids.size()) + ")";
        }

        void bind(PreparedStatement ps) throws SQLException {
            if (id != null) {
                ps.setString(1, id);
            } else if (range) {
                ps.setString(1, ids.get(0));
                ps.setString(2, ids.get(ids.size() - 1));
            } else {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(i + 1, ids.get(i));
                }
            }
        }
    }

    /** Loads households with everything they hold, by id. */
    static Map<String, Household> load(Connection c, List<String> ids) throws SQLException {
        Map<String, Household> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.putAll(load(c, Selection.one(id)));
        }
        return out;
    }

    /** Loads households by id, a chunk of ids at a time (each an IN-list): four queries per chunk. */
    static Map<String, Household> loadAll(Connection c, List<String> ids) throws SQLException {
        Map<String, Household> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(ids)) {
            out.putAll(load(c, Selection.of(chunk, false)));
        }
        return out;
    }

    /** Loads the selected households with members, their parents and incomes: four queries. */
    static Map<String, Household> load(Connection c, Selection sel) throws SQLException {
        Map<String, RegionCode> regions = new HashMap<>();
        List<HouseholdRow> rows = new ArrayList<>(Jdbc.query(c, "SELECT " + HOUSEHOLD_COLUMNS + " FROM mz_household WHERE "
                + sel.condition("id") + " ORDER BY id", sel::bind, rs -> readHousehold(rs, regions)));
        rows.removeIf(r -> !sel.wanted().contains(r.id()));
        return assemble(c, sel, rows);
    }

    /** Adds members, their parents and incomes to household rows already read: three queries. */
    private static Map<String, Household> assemble(Connection c, Selection sel, List<HouseholdRow> rows)
            throws SQLException {
        Jdbc.Binder bind = sel::bind;
        Map<String, Household> out = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        PersonRows.Extras extras = PersonRows.Extras.load(c, sel.condition("p.household_id"), bind);
        Map<String, List<Member>> members = new HashMap<>();
        // an income's earner is a member read just before: the same PersonId, not a copy (decision record 0442)
        Map<String, PersonId> memberIds = new HashMap<>();
        Jdbc.query(c, PersonRows.SELECT + " WHERE " + sel.condition("p.household_id")
                + " ORDER BY p.household_id, p.member_order", bind, rs -> {
                    if (!sel.wanted().contains(rs.getString("household_id"))) {
                        return null;
                    }
                    PersonRows.Row row = PersonRows.read(rs, extras);
                    memberIds.put(row.person().id().value(), row.person().id());
                    members.computeIfAbsent(row.householdId(), k -> new ArrayList<>())
                            .add(Member.of(row.person(), Coded.fromCode(Relation.class, row.relation())));
                    return null;
                });
        Map<String, List<Income>> incomes = new HashMap<>();
        Jdbc.query(c, "SELECT household_id, kind, monthly_amount, earner FROM mz_household_income WHERE "
                + sel.condition("household_id") + " ORDER BY household_id, ordinal", bind, rs -> {
                    String earner = rs.getString("earner");
                    incomes.computeIfAbsent(rs.getString("household_id"), k -> new ArrayList<>())
                            .add(new Income(Coded.fromCode(IncomeKind.class, rs.getString("kind")),
                                    Jdbc.getMoney(rs, "monthly_amount"), Optional.ofNullable(earner)
                                    .map(e -> {
                                        PersonId member = memberIds.get(e);
                                        return member != null ? member : PersonId.of(e);
                                    })));
                    return null;
                });
        Map<String, List<RigidExpenditure>> expenditures = new HashMap<>();
        Jdbc.query(c, "SELECT household_id, kind, pay_month, amount FROM mz_household_expenditure WHERE "
                + sel.condition("household_id") + " ORDER BY household_id, pay_month, kind", bind, rs -> {
                    expenditures.computeIfAbsent(rs.getString("household_id"), k -> new ArrayList<>())
                            .add(new RigidExpenditure(Coded.fromCode(ExpenditureKind.class, rs.getString("kind")),
                                    YearMonth.from(Jdbc.getDate(rs, "pay_month")), Jdbc.getMoney(rs, "amount")));
                    return null;
                });
        for (HouseholdRow r : rows) {
            out.put(r.id(), Household.builder().id(r.id()).region(r.region()).address(r.address()).hukou(r.hukou())
                    .members(members.getOrDefault(r.id(), List.of())).incomes(incomes.getOrDefault(r.id(), List.of()))
                    .rigidExpenditures(expenditures.getOrDefault(r.id(), List.of()))
                    .assets(r.assets()).version(r.version()).build());
        }
        return out;
    }

    /** Loads persons by id (with parents), optionally locking their rows. */
    static Map<String, PersonRows.Row> loadPersons(Connection c, Collection<String> ids, boolean lock) throws SQLException {
        Map<String, PersonRows.Row> out = new HashMap<>();
        List<String> sorted = ids.stream().distinct().sorted().toList();
        for (List<String> chunk : Jdbc.chunks(sorted)) {
            List<String> wanted = chunk;
            // Lock first (in id order, so that writers never deadlock), then read with parents.
            if (lock) {
                wanted = Jdbc.query(c, "SELECT id FROM mz_person WHERE id IN (" + Jdbc.marks(chunk.size())
                        + ") ORDER BY id FOR UPDATE", Jdbc.strings(chunk), rs -> rs.getString(1));
                if (wanted.isEmpty()) {
                    // none stored (a bulk load of new persons): the five reads below would all come back empty
                    continue;
                }
            }
            String in = Jdbc.marks(wanted.size());
            Jdbc.Binder bind = Jdbc.strings(wanted);
            PersonRows.Extras extras = PersonRows.Extras.load(c, "p.id IN (" + in + ")", bind);
            for (PersonRows.Row row : Jdbc.query(c, PersonRows.SELECT + " WHERE p.id IN (" + in + ")", bind,
                    rs -> PersonRows.read(rs, extras))) {
                out.put(row.person().id().value(), row);
            }
        }
        return out;
    }

    private Optional<RegionCode> regionOfHousehold(Connection c, String householdId) throws SQLException {
        if (householdId == null) {
            return Optional.empty();
        }
        return Jdbc.query(c, "SELECT region FROM mz_household WHERE id = ?", ps -> ps.setString(1, householdId),
                rs -> RegionCode.parse(rs.getString(1).trim())).stream().findFirst();
    }

    /** Region bounds for {@code region BETWEEN ? AND ?}: all 12-digit codes inside a region. */
    static String[] bounds(RegionCode region) {
        String prefix = region.shortForm();
        return new String[] {prefix + "0".repeat(12 - prefix.length()), prefix + "9".repeat(12 - prefix.length())};
    }

    // ------------------------------------------------------------------ writing

    /** One person to write, decided before any statement runs. */
    private record PersonWrite(Person given, Person saved, boolean insert, boolean update) {
    }

    private List<Household> saveHouseholds(Connection c, List<Household> households, WriteContext context)
            throws SQLException {
        List<Household> result = new ArrayList<>(households.size());
        for (List<Household> chunk : Jdbc.chunks(households)) {
            result.addAll(saveChunk(c, chunk, context));
        }
        return result;
    }

    private List<Household> saveChunk(Connection c, List<Household> chunk, WriteContext context) throws SQLException {
        List<String> ids = chunk.stream().map(h -> h.id().value()).sorted().toList();
        String in = Jdbc.marks(ids.size());
        Map<String, long[]> storedVersions = new HashMap<>();
        Map<String, RegionCode> storedRegions = new HashMap<>();
        Jdbc.query(c, "SELECT id, region, version FROM mz_household WHERE id IN (" + in + ") ORDER BY id FOR UPDATE",
                Jdbc.strings(ids), rs -> {
                    storedVersions.put(rs.getString(1), new long[] {rs.getLong(3)});
                    storedRegions.put(rs.getString(1), RegionCode.parse(rs.getString(2).trim()));
                    return null;
                });
        for (Household h : chunk) {
            String id = h.id().value();
            RegionCode storedRegion = storedRegions.get(id);
            if (storedRegion != null && !session.visible(storedRegion)) {
                throw session.notVisible("save household " + h.id());
            }
        }
        List<String> memberIds = new ArrayList<>();
        Set<String> idNumbers = new HashSet<>();
        for (Household h : chunk) {
            for (Member m : h.members()) {
                memberIds.add(m.person().id().value());
                m.person().idNumber().ifPresent(n -> idNumbers.add(n.value()));
            }
        }
        Map<String, PersonRows.Row> storedPersons = loadPersons(c, memberIds, true);
        Map<String, Holder> holders = idNumberHolders(c, idNumbers);
        Map<String, RegionCode> memberRegions = session.scope() == null ? new HashMap<>()
                : householdRegions(c, storedPersons.values().stream().map(PersonRows.Row::householdId).toList());
        // Every record the chunk would touch is checked against the scope before any version or
        // uniqueness check, so that no refusal says anything about records outside the scope.
        for (Household h : chunk) {
            for (Member m : h.members()) {
                PersonRows.Row stored = storedPersons.get(m.person().id().value());
                checkTouches(m.person(), stored, stored == null ? null : memberRegions.get(stored.householdId()), holders,
                        "save household " + h.id());
            }
        }
        for (Household h : chunk) {
            long[] stored = storedVersions.get(h.id().value());
            checkVersion(EntityType.HOUSEHOLD, h.id().value(), h.version(), stored == null ? null : stored[0]);
        }

        AuditWriter audit = new AuditWriter(context, session.now());
        List<Household> saved = new ArrayList<>(chunk.size());
        List<PersonWrite> inserts = new ArrayList<>();
        List<PersonWrite> updates = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        Map<String, String> insertOwner = new HashMap<>();
        Map<String, Object[]> insertMembership = new HashMap<>();
        for (Household h : chunk) {
            String hid = h.id().value();
            Optional<RegionCode> region = Optional.of(h.region());
            List<Member> members = new ArrayList<>();
            int order = 0;
            for (Member m : h.members()) {
                PersonWrite w = decide(m.person(), hid, storedPersons.get(m.person().id().value()), holders);
                if (w.insert()) {
                    inserts.add(w);
                    insertOwner.put(w.saved().id().value(), hid);
                    insertMembership.put(w.saved().id().value(), new Object[] {hid, m.relation().code(), order});
                    audit.add(AuditOperation.CREATE, EntityType.PERSON, w.saved().id().value(), w.saved().version(), region);
                } else {
                    if (w.update()) {
                        updates.add(w);
                        audit.add(AuditOperation.UPDATE, EntityType.PERSON, w.saved().id().value(), w.saved().version(),
                                region);
                    }
                    memberships.add(new Object[] {hid, m.relation().code(), order, w.saved().id().value()});
                }
                members.add(Member.of(w.saved(), m.relation()));
                order++;
            }
            boolean insert = !storedVersions.containsKey(hid);
            Household s = h.toBuilder().members(members).version(h.version() + 1).build();
            saved.add(s);
            audit.add(insert ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.HOUSEHOLD, hid, s.version(), region);
        }

        // Households: insert the new ones, update the others.
        batch(c, "INSERT INTO mz_household (region, address, hukou, deposits, securities, vehicles, vehicles_value, "
                + "real_estate, real_estate_value, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                saved.stream().filter(s -> !storedVersions.containsKey(s.id().value())).toList(), Registry::bindHousehold);
        List<Household> updated = saved.stream().filter(s -> storedVersions.containsKey(s.id().value())).toList();
        batch(c, "UPDATE mz_household SET region = ?, address = ?, hukou = ?, deposits = ?, securities = ?, vehicles = ?, "
                + "vehicles_value = ?, real_estate = ?, real_estate_value = ?, version = ? WHERE id = ?",
                updated, Registry::bindHousehold);
        // Memberships: release the members of updated households, then set them again.
        batch(c, "UPDATE mz_person SET household_id = NULL, relation = NULL, member_order = NULL WHERE household_id = ?",
                updated, (ps, h) -> ps.setString(1, h.id().value()));
        batch(c, "INSERT INTO mz_person (" + PersonRows.CONTENT_COLUMNS + ", version, household_id, relation, "
                + "member_order, id) VALUES (" + Jdbc.marks(PersonRows.CONTENT_COUNT + 5) + ")", inserts, (ps, w) -> {
                    PersonRows.bindContent(ps, 1, w.saved());
                    ps.setLong(PersonRows.CONTENT_COUNT + 1, w.saved().version());
                    Object[] m = insertMembership.get(w.saved().id().value());
                    ps.setString(PersonRows.CONTENT_COUNT + 2, (String) m[0]);
                    ps.setString(PersonRows.CONTENT_COUNT + 3, (String) m[1]);
                    ps.setInt(PersonRows.CONTENT_COUNT + 4, (Integer) m[2]);
                    ps.setString(PersonRows.CONTENT_COUNT + 5, w.saved().id().value());
                });
        updatePersons(c, updates);
        batch(c, "UPDATE mz_person SET household_id = ?, relation = ?, member_order = ? WHERE id = ?", memberships,
                (ps, m) -> {
                    ps.setString(1, (String) m[0]);
                    ps.setString(2, (String) m[1]);
                    ps.setInt(3, (Integer) m[2]);
                    ps.setString(4, (String) m[3]);
                });
        List<PersonWrite> written = new ArrayList<>(inserts);
        written.addAll(updates);
        writeParents(c, written, updates);
        // Incomes: replace.
        batch(c, "DELETE FROM mz_household_income WHERE household_id = ?", updated, (ps, h) -> ps.setString(1, h.id().value()));
        List<Object[]> incomes = new ArrayList<>();
        for (Household s : saved) {
            int i = 0;
            for (Income income : s.incomes()) {
                incomes.add(new Object[] {s.id().value(), i++, income});
            }
        }
        batch(c, "INSERT INTO mz_household_income (household_id, ordinal, kind, monthly_amount, earner) VALUES (?, ?, ?, ?, ?)",
                incomes, (ps, r) -> {
                    Income income = (Income) r[2];
                    ps.setString(1, (String) r[0]);
                    ps.setInt(2, (Integer) r[1]);
                    ps.setString(3, income.kind().code());
                    Jdbc.setMoney(ps, 4, income.monthlyAmount());
                    Jdbc.setString(ps, 5, income.earner().map(PersonId::value).orElse(null));
                });
        // Rigid expenditures: replace.
        batch(c, "DELETE FROM mz_household_expenditure WHERE household_id = ?", updated,
                (ps, h) -> ps.setString(1, h.id().value()));
        List<Object[]> expenditures = new ArrayList<>();
        for (Household s : saved) {
            for (RigidExpenditure e : s.rigidExpenditures()) {
                expenditures.add(new Object[] {s.id().value(), e});
            }
        }
        batch(c, "INSERT INTO mz_household_expenditure (household_id, kind, pay_month, amount) VALUES (?, ?, ?, ?)",
                expenditures, (ps, r) -> {
                    RigidExpenditure e = (RigidExpenditure) r[1];
                    ps.setString(1, (String) r[0]);
                    ps.setString(2, e.kind().code());
                    Jdbc.setDate(ps, 3, e.month().atDay(1));
                    Jdbc.setMoney(ps, 4, e.amount());
                });
        audit.flush(c);
        return saved;
    }

    private static void bindHousehold(PreparedStatement ps, Household h) throws SQLException {
        ps.setString(1, h.region().value());
        ps.setString(2, h.address());
        ps.setString(3, h.hukou().code());
        Jdbc.setMoney(ps, 4, h.assets().deposits());
        Jdbc.setMoney(ps, 5, h.assets().securities());
        ps.setInt(6, h.assets().vehicles());
        Jdbc.setMoney(ps, 7, h.assets().vehiclesValue());
        ps.setInt(8, h.assets().realEstate());
        Jdbc.setMoney(ps, 9, h.assets().realEstateValue());
        ps.setLong(10, h.version());
        ps.setString(11, h.id().value());
    }

    private static void updatePersons(Connection c, List<PersonWrite> updates) throws SQLException {
        batch(c, "UPDATE mz_person SET " + PersonRows.CONTENT_ASSIGNMENTS + ", version = ? WHERE id = ?", updates, (ps, w) -> {
            PersonRows.bindContent(ps, 1, w.saved());
            ps.setLong(PersonRows.CONTENT_COUNT + 1, w.saved().version());
            ps.setString(PersonRows.CONTENT_COUNT + 2, w.saved().id().value());
        });
    }

    /** Replaces the child rows of the persons written: parents, relatives, school enrolments, assessments. */
    private static void writeParents(Connection c, List<PersonWrite> written, List<PersonWrite> updates)
            throws SQLException {
        for (String table : new String[] {"mz_person_parent", "mz_person_relative", "mz_person_school",
                "mz_person_capability"}) {
            batch(c, "DELETE FROM " + table + " WHERE person_id = ?", updates,
                    (ps, w) -> ps.setString(1, w.saved().id().value()));
        }
        List<Object[]> relatives = new ArrayList<>();
        List<Object[]> schools = new ArrayList<>();
        List<Object[]> capabilities = new ArrayList<>();
        for (PersonWrite w : written) {
            String id = w.saved().id().value();
            int i = 0;
            for (Relative r : w.saved().relatives()) {
                relatives.add(new Object[] {id, i++, r});
            }
            i = 0;
            for (SchoolEnrolment e : w.saved().schoolEnrolments()) {
                schools.add(new Object[] {id, i++, e});
            }
            for (CapabilityRecord a : w.saved().capabilityAssessments()) {
                capabilities.add(new Object[] {id, a});
            }
        }
        batch(c, "INSERT INTO mz_person_relative (" + PersonRows.RELATIVE_COLUMNS + ") VALUES ("
                + Jdbc.marks(PersonRows.RELATIVE_COUNT) + ")", relatives,
                (ps, r) -> PersonRows.bindRelative(ps, (String) r[0], (Integer) r[1], (Relative) r[2]));
        batch(c, "INSERT INTO mz_person_school (person_id, ordinal, school_level, from_date, until_date) "
                + "VALUES (?, ?, ?, ?, ?)", schools, (ps, r) -> {
                    SchoolEnrolment e = (SchoolEnrolment) r[2];
                    ps.setString(1, (String) r[0]);
                    ps.setInt(2, (Integer) r[1]);
                    ps.setString(3, e.level().code());
                    Jdbc.setDate(ps, 4, e.from());
                    Jdbc.setDate(ps, 5, e.until().orElse(null));
                });
        batch(c, "INSERT INTO mz_person_capability (person_id, assessed_on, total_score, capability_level) "
                + "VALUES (?, ?, ?, ?)", capabilities, (ps, r) -> {
                    CapabilityRecord a = (CapabilityRecord) r[1];
                    ps.setString(1, (String) r[0]);
                    Jdbc.setDate(ps, 2, a.assessedOn());
                    ps.setInt(3, a.totalScore());
                    ps.setString(4, a.level().code());
                });
        List<Object[]> parents = new ArrayList<>();
        for (PersonWrite w : written) {
            int i = 0;
            for (Parent p : w.saved().parents()) {
                parents.add(new Object[] {w.saved().id().value(), i++, p});
            }
        }
        batch(c, "INSERT INTO mz_person_parent (" + PersonRows.PARENT_COLUMNS + ") VALUES (" + Jdbc.marks(10) + ")", parents,
                (ps, r) -> PersonRows.bindParent(ps, (String) r[0], (Integer) r[1], (Parent) r[2]));
    }

    /** An identity number's stored holder, and the region of the holder's household (null if none). */
    private record Holder(String personId, RegionCode region) {
    }

    /**
     * Refuses, in a scoped view, a person write that would touch a record the view cannot see:
     * the stored person lies outside the scope (or outside any household), or its identity
     * number is stored for such a person.
     */
    private void checkTouches(Person p, PersonRows.Row stored, RegionCode storedRegion, Map<String, Holder> holders,
            String what) {
        if (session.scope() == null) {
            return;
        }
        if (stored != null && !session.visible(storedRegion)) {
            throw session.notVisible(what);
        }
        Holder holder = p.idNumber().map(n -> holders.get(n.value())).orElse(null);
        if (holder != null && !holder.personId().equals(p.id().value()) && !session.visible(holder.region())) {
            throw session.notVisible(what);
        }
    }

    /** Decides what to do with one person: insert, update, or nothing; checks version and uniqueness. */
    private static PersonWrite decide(Person p, String householdId, PersonRows.Row stored, Map<String, Holder> holders) {
        String id = p.id().value();
        if (stored != null && stored.householdId() != null && householdId != null
                && !stored.householdId().equals(householdId)) {
            throw new DuplicateRecordException(EntityType.PERSON, "person " + p.id() + " is already a member of household "
                    + HouseholdId.of(stored.householdId()) + " (该人员已属于其他家庭)");
        }
        checkVersion(EntityType.PERSON, id, p.version(), stored == null ? null : stored.person().version());
        if (stored != null && stored.person().equals(p)) {
            return new PersonWrite(p, stored.person(), false, false);
        }
        p.idNumber().ifPresent(n -> {
            Holder holder = holders.get(n.value());
            if (holder != null && !holder.personId().equals(id)) {
                throw new DuplicateRecordException(EntityType.PERSON, "person " + p.id() + ": the identity number is "
                        + "already stored for person " + PersonId.of(holder.personId()) + " (身份证号已登记给其他人员)");
            }
        });
        Person saved = p.toBuilder().version(p.version() + 1).build();
        return new PersonWrite(p, saved, stored == null, stored != null);
    }

    private static Map<String, Holder> idNumberHolders(Connection c, Set<String> idNumbers) throws SQLException {
        Map<String, Holder> holders = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(idNumbers)) {
            Jdbc.query(c, "SELECT p.id_number, p.id, h.region FROM mz_person p LEFT JOIN mz_household h "
                    + "ON h.id = p.household_id WHERE p.id_number IN (" + Jdbc.marks(chunk.size()) + ")",
                    Jdbc.strings(chunk), rs -> {
                        String region = rs.getString(3);
                        return holders.put(rs.getString(1), new Holder(rs.getString(2),
                                region == null ? null : RegionCode.parse(region.trim())));
                    });
        }
        return holders;
    }

    /**
     * The regions of the stored subjects of cases or service records: a household's region, or
     * the region of a person's household. Subjects not stored, and persons outside any household,
     * are left out.
     */
    static Map<SubjectRef, RegionCode> subjectRegions(Connection c, Collection<SubjectRef> subjects) throws SQLException {
        Map<SubjectRef, RegionCode> out = new HashMap<>();
        List<String> households = subjects.stream().filter(x -> x.kind() == SubjectKind.HOUSEHOLD).map(SubjectRef::id)
                .distinct().toList();
        householdRegions(c, households).forEach((id, region) -> out.put(SubjectRef.household(HouseholdId.of(id)), region));
        List<String> persons = subjects.stream().filter(x -> x.kind() == SubjectKind.PERSON).map(SubjectRef::id)
                .distinct().toList();
        for (List<String> chunk : Jdbc.chunks(persons)) {
            Jdbc.query(c, "SELECT p.id, h.region FROM mz_person p JOIN mz_household h ON h.id = p.household_id "
                    + "WHERE p.id IN (" + Jdbc.marks(chunk.size()) + ")", Jdbc.strings(chunk),
                    rs -> out.put(SubjectRef.person(PersonId.of(rs.getString(1))), RegionCode.parse(rs.getString(2).trim())));
        }
        return out;
    }

    /** The regions of stored households, by id (ids that are null or not stored are left out). */
    static Map<String, RegionCode> householdRegions(Connection c, Collection<String> ids) throws SQLException {
        Map<String, RegionCode> out = new HashMap<>();
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        for (List<String> chunk : Jdbc.chunks(wanted)) {
            Jdbc.query(c, "SELECT id, region FROM mz_household WHERE id IN (" + Jdbc.marks(chunk.size()) + ")",
                    Jdbc.strings(chunk), rs -> out.put(rs.getString(1), RegionCode.parse(rs.getString(2).trim())));
        }
        return out;
    }

    static void checkVersion(EntityType entity, String id, long given, Long stored) {
        if (stored == null ? given != 0 : stored != given) {
            throw new StaleVersionException(entity, id, given, stored == null ? OptionalLong.empty() : OptionalLong.of(stored));
        }
    }

    /** Binds one row of a batch. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Executes a statement once per row, in JDBC batches of {@link Jdbc#CHUNK}. (Turning the
     * inserts among them into multi-row statements made loading slower on H2 and PostgreSQL:
     * decision record 0171.)
     */
    private static int parameters(String sql) {
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                n++;
            }
        }
        return n;
    }

    static <T> void batch(Connection c, String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() > 1 && PgArrays.postgres(c)) {
            // one statement of one array per column instead of a statement per row (decision 0375)
            List<Object[]> values = PgArrays.capture(rows, parameters(sql), binder);
            if (values != null && PgArrays.execute(c, sql, values) >= 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++n % Jdbc.CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            if (n % Jdbc.CHUNK != 0) {
                ps.executeBatch();
            }
        }
    }

    // ------------------------------------------------------------------ repositories

    private final class Households implements HouseholdRepository {

        @Override
        public Optional<Household> find(HouseholdId id) {
            Objects.requireNonNull(id, "id");
            Optional<Household> h = session.read("read household " + id, EntityType.HOUSEHOLD,
                    c -> Optional.ofNullable(load(c, List.of(id.value())).get(id.value())));
            // outside the scope a household is not seen, exactly as if it were not stored
            return h.filter(x -> session.visible(x.region()));
        }

        @Override
        public Optional<Household> findByMember(PersonId person) {
            Objects.requireNonNull(person, "person");
            Optional<String> hid = session.read("find household of person", EntityType.HOUSEHOLD,
                    c -> Jdbc.query(c, "SELECT household_id FROM mz_person WHERE id = ?", ps -> ps.setString(1, person.value()),
                            rs -> rs.getString(1)).stream().filter(Objects::nonNull).findFirst());
            return hid.flatMap(x -> find(HouseholdId.of(x)));
        }

        @Override
        public Map<HouseholdId, Household> findAll(Collection<HouseholdId> ids) {
            Objects.requireNonNull(ids, "ids");
            List<String> wanted = ids.stream().map(id -> Objects.requireNonNull(id, "id").value()).distinct().sorted().toList();
            if (wanted.isEmpty()) {
                return Map.of();
            }
            // an IN-list of at most a chunk of ids per page: four queries per chunk, not per household
            Map<String, Household> loaded = session.read("read households", EntityType.HOUSEHOLD, c -> loadAll(c, wanted));
            Map<HouseholdId, Household> out = new HashMap<>();
            loaded.forEach((id, h) -> {
                if (session.visible(h.region())) { // outside the scope a household is not seen
                    out.put(h.id(), h);
                }
            });
            return out;
        }

        @Override
        public Map<PersonId, Household> findByMembers(Collection<PersonId> persons) {
            Objects.requireNonNull(persons, "persons");
            List<String> wanted = persons.stream().map(id -> Objects.requireNonNull(id, "person").value()).distinct()
                    .sorted().toList();
            if (wanted.isEmpty()) {
                return Map.of();
            }
            Map<PersonId, Household> out = new HashMap<>();
            session.read("find households of persons", EntityType.HOUSEHOLD, c -> {
                Map<String, String> householdOf = new HashMap<>();
                for (List<String> chunk : Jdbc.chunks(wanted)) {
                    Jdbc.query(c, "SELECT id, household_id FROM mz_person WHERE id IN (" + Jdbc.marks(chunk.size()) + ")",
                            Jdbc.strings(chunk), rs -> {
                                String hid = rs.getString(2);
                                if (hid != null) {
                                    householdOf.put(rs.getString(1), hid);
                                }
                                return null;
                            });
                }
                Map<String, Household> loaded = loadAll(c, householdOf.values().stream().distinct().sorted().toList());
                householdOf.forEach((person, hid) -> {
                    Household h = loaded.get(hid);
                    if (h != null && session.visible(h.region())) {
                        out.put(PersonId.of(person), h);
                    }
                });
                return null;
            });
            return out;
        }

        @Override
        public Optional<Household> findByIdNumber(IdNumber idNumber) {
            Objects.requireNonNull(idNumber, "idNumber");
            Optional<String> hid = session.read("find household by identity number", EntityType.HOUSEHOLD,
                    c -> Jdbc.query(c, "SELECT household_id FROM mz_person WHERE id_number = ?",
                            ps -> ps.setString(1, idNumber.value()), rs -> rs.getString(1)).stream()
                            .filter(Objects::nonNull).findFirst());
            return hid.flatMap(x -> find(HouseholdId.of(x)));
        }

        @Override
        public Stream<Household> streamByRegion(RegionCode region) {
            Objects.requireNonNull(region, "region");
            session.checkRegion(region, "query households of region " + region.shortForm());
            RegionIds keys = RegionIds.of("mz_household", region);
            return Pages.stream(session, "query households", EntityType.HOUSEHOLD, (c, after) -> {
                List<String> ids = keys.next(c, Jdbc.CHUNK);
                if (ids.isEmpty()) {
                    return new Pages.Page<>(List.<Household>of(), null, false);
                }
                Map<String, Household> loaded = load(c, Selection.of(ids, session.dialect() == Dialect.H2));
                List<Household> page = new ArrayList<>(ids.size());
                for (String id : ids) {
                    Household h = loaded.get(id);
                    if (h != null) { // deleted between the two reads: not seen, as if read a moment later
                        page.add(h);
                    }
                }
                return new Pages.Page<>(page, ids.get(ids.size() - 1), ids.size() >= Jdbc.CHUNK);
            });
        }

        @Override
        public long countByRegion(RegionCode region) {
            Objects.requireNonNull(region, "region");
            session.checkRegion(region, "count households of region " + region.shortForm());
            String[] b = bounds(region);
            return session.read("count households", EntityType.HOUSEHOLD, c -> Jdbc.query(c,
                    "SELECT COUNT(*) FROM mz_household WHERE region BETWEEN ? AND ?", ps -> {
                        ps.setString(1, b[0]);
                        ps.setString(2, b[1]);
                    }, rs -> rs.getLong(1)).get(0));
        }

        @Override
        public Household save(Household household, WriteContext context) {
            Objects.requireNonNull(household, "household");
            return saveAll(List.of(household), context).get(0);
        }

        @Override
        public List<Household> saveAll(Collection<Household> households, WriteContext context) {
            Objects.requireNonNull(context, "context");
            List<Household> copy = List.copyOf(households);
            Set<String> seen = new HashSet<>();
            for (Household h : copy) {
                if (!seen.add(h.id().value())) {
                    throw new IllegalArgumentException("household " + h.id() + " appears twice in one saveAll");
                }
                StorageLimits.checkHousehold(h);
                session.checkRegion(h.region(), "save household " + h.id());
            }
            // before the database's unique indexes, whose errors would quote the rows
            HouseholdRepository.checkBatch(copy);
            List<Household> saved = session.write("save households", EntityType.HOUSEHOLD, c -> saveHouseholds(c, copy, context));
            session.hints().wrote(saved.size());
            return saved;
        }
    }

    private final class Persons implements PersonRepository {

        @Override
        public Optional<Person> find(PersonId id) {
            Objects.requireNonNull(id, "id");
            return session.read("read person " + id, EntityType.PERSON, c -> {
                PersonRows.Row row = loadPersons(c, List.of(id.value()), false).get(id.value());
                if (row == null || !visible(c, row)) {
                    return Optional.<Person>empty();
                }
                return Optional.of(row.person());
            });
        }

        /** Whether a stored person lies inside the scope (a person outside any household does not). */
        private boolean visible(Connection c, PersonRows.Row row) throws SQLException {
            return session.scope() == null || session.visible(regionOfHousehold(c, row.householdId()).orElse(null));
        }

        @Override
        public Optional<Person> findByIdNumber(IdNumber idNumber) {
            Objects.requireNonNull(idNumber, "idNumber");
            Optional<String> pid = session.read("find person by identity number", EntityType.PERSON,
                    c -> Jdbc.query(c, "SELECT id FROM mz_person WHERE id_number = ?", ps -> ps.setString(1, idNumber.value()),
                            rs -> rs.getString(1)).stream().findFirst());
            return pid.flatMap(x -> find(PersonId.of(x)));
        }

        @Override
        public Optional<HouseholdId> householdOf(PersonId id) {
            Objects.requireNonNull(id, "id");
            return session.read("read person " + id, EntityType.PERSON, c -> {
                PersonRows.Row row = loadPersons(c, List.of(id.value()), false).get(id.value());
                if (row == null || !visible(c, row)) {
                    return Optional.<HouseholdId>empty();
                }
                return Optional.ofNullable(row.householdId()).map(HouseholdId::of);
            });
        }

        @Override
        public Person save(Person person, WriteContext context) {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(context, "context");
            String id = person.id().value();
            StorageLimits.checkPerson(person, "person");
            String what = "save person " + person.id();
            return session.write(what, EntityType.PERSON, c -> {
                PersonRows.Row stored = loadPersons(c, List.of(id), true).get(id);
                Optional<RegionCode> region = stored == null ? Optional.empty() : regionOfHousehold(c, stored.householdId());
                if (session.scope() != null && stored == null) {
                    // a new person outside any household would have no region
                    throw session.notVisible(what);
                }
                Map<String, Holder> holders = idNumberHolders(c,
                        person.idNumber().map(n -> Set.of(n.value())).orElse(Set.of()));
                checkTouches(person, stored, region.orElse(null), holders, what);
                PersonWrite w = decide(person, null, stored, holders);
                if (!w.insert() && !w.update()) {
                    return w.saved();
                }
                AuditWriter audit = new AuditWriter(context, session.now());
                if (w.insert()) {
                    batch(c, "INSERT INTO mz_person (" + PersonRows.CONTENT_COLUMNS + ", version, id) VALUES ("
                            + Jdbc.marks(PersonRows.CONTENT_COUNT + 2) + ")", List.of(w), (ps, x) -> {
                                PersonRows.bindContent(ps, 1, x.saved());
                                ps.setLong(PersonRows.CONTENT_COUNT + 1, x.saved().version());
                                ps.setString(PersonRows.CONTENT_COUNT + 2, id);
                            });
                    writeParents(c, List.of(w), List.of());
                } else {
                    updatePersons(c, List.of(w));
                    writeParents(c, List.of(w), List.of(w));
                }
                audit.add(w.insert() ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.PERSON, id,
                        w.saved().version(), region);
                audit.flush(c);
                return w.saved();
            });
        }
    }
}
