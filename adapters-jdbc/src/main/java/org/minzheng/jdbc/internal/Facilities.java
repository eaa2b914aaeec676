package org.minzheng.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.code.Coded;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.facility.Grade;
import org.minzheng.core.facility.GradeScheme;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.service.Organisation;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.FacilityRepository;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.spi.storage.WriteContext;

/** Facilities on JDBC. */
public final class Facilities implements FacilityRepository {

    /** Separates the grades of a custom grade scheme in one column (a control character no grade contains). */
    private static final String GRADE_SEPARATOR = "\u001f";
    private static final String COLUMNS = "id, kind, name, region, operator_credit, operator_name, grade_scheme, "
            + "grade_scheme_zh, grade_scheme_en, grade_scheme_grades, grade_label, capacity, opened_on, version";

    private final Session session;

    /**
     * Creates the repository of a session.
     *
     * @param session the session
     */
    public Facilities(Session session) {
        this.session = session;
    }

    private static Facility read(ResultSet rs) throws SQLException {
        Facility.Builder b = Facility.builder().id(FacilityId.of(rs.getString("id")))
                .kind(Coded.fromCode(FacilityKind.class, rs.getString("kind"))).name(rs.getString("name"))
                .region(RegionCode.parse(rs.getString("region").trim()))
                .operator(Organisation.of(CreditCode.parseLenient(rs.getString("operator_credit").trim()),
                        rs.getString("operator_name")))
                .capacity(Jdbc.getInteger(rs, "capacity")).openedOn(Optional.ofNullable(Jdbc.getDate(rs, "opened_on")))
                .version(rs.getLong("version"));
        String scheme = rs.getString("grade_scheme");
        if (scheme != null) {
            GradeScheme gs = new GradeScheme(scheme, rs.getString("grade_scheme_zh"), rs.getString("grade_scheme_en"),
                    Arrays.asList(rs.getString("grade_scheme_grades").split(GRADE_SEPARATOR, -1)));
            b.grade(new Grade(gs, rs.getString("grade_label")));
        }
        return b.build();
    }

    @Override
    public Optional<Facility> find(FacilityId id) {
        Objects.requireNonNull(id, "id");
        Optional<Facility> f = session.read("read facility " + id, EntityType.FACILITY, c -> Jdbc.query(c,
                "SELECT " + COLUMNS + " FROM mz_facility WHERE id = ?", ps -> ps.setString(1, id.value()), Facilities::read)
                .stream().findFirst());
        // outside the scope a facility is not seen, exactly as if it were not stored
        return f.filter(x -> session.visible(x.region()));
    }

    @Override
    public Stream<Facility> streamByRegion(RegionCode region) {
        Objects.requireNonNull(region, "region");
        session.checkRegion(region, "query facilities of region " + region.shortForm());
        RegionIds keys = RegionIds.of("mz_facility", region);
        return Pages.stream(session, "query facilities", EntityType.FACILITY, (c, after) -> {
            List<String> ids = keys.next(c, Jdbc.CHUNK);
            if (ids.isEmpty()) {
                return new Pages.Page<>(List.<Facility>of(), null, false);
            }
            Map<String, Facility> byId = new HashMap<>();
            for (Facility f : Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_facility WHERE id IN (" + Jdbc.marks(ids.size())
                    + ")", Jdbc.strings(ids), Facilities::read)) {
                byId.put(f.id().value(), f);
            }
            List<Facility> page = new ArrayList<>(byId.size());
            for (String id : ids) {
                if (byId.containsKey(id)) {
                    page.add(byId.get(id));
                }
            }
            return new Pages.Page<>(page, ids.get(ids.size() - 1), ids.size() >= Jdbc.CHUNK);
        });
    }

    @Override
    public Facility save(Facility facility, WriteContext context) {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(context, "context");
        String id = facility.id().value();
        StorageLimits.checkFacility(facility);
        facility.grade().ifPresent(g -> {
            StorageLimits.check("facility.grade.scheme.code", g.scheme().code(), StorageLimits.CODE);
            StorageLimits.check("facility.grade.scheme.chineseName", g.scheme().chineseName(), StorageLimits.NAME);
            StorageLimits.check("facility.grade.scheme.englishName", g.scheme().englishName(), StorageLimits.NAME);
            StorageLimits.check("facility.grade.scheme.grades", String.join(GRADE_SEPARATOR, g.scheme().grades()),
                    StorageLimits.TEXT);
        });
        String what = "save facility " + facility.id();
        session.checkRegion(facility.region(), what);
        return session.write(what, EntityType.FACILITY, c -> {
            List<Object[]> stored = Jdbc.query(c, "SELECT region, version FROM mz_facility WHERE id = ? FOR UPDATE",
                    ps -> ps.setString(1, id), rs -> new Object[] {RegionCode.parse(rs.getString(1).trim()), rs.getLong(2)});
            Long storedVersion = null;
            if (!stored.isEmpty()) {
                if (!session.visible((RegionCode) stored.get(0)[0])) {
                    throw session.notVisible(what);
                }
                storedVersion = (Long) stored.get(0)[1];
            }
            Registry.checkVersion(EntityType.FACILITY, id, facility.version(), storedVersion);
            Facility saved = facility.toBuilder().version(facility.version() + 1).build();
            String sql = storedVersion == null
                    ? "INSERT INTO mz_facility (kind, name, region, operator_credit, operator_name, grade_scheme, grade_scheme_zh, "
                            + "grade_scheme_en, grade_scheme_grades, grade_label, capacity, opened_on, version, id) VALUES ("
                            + Jdbc.marks(14) + ")"
                    : "UPDATE mz_facility SET kind = ?, name = ?, region = ?, operator_credit = ?, operator_name = ?, "
                            + "grade_scheme = ?, grade_scheme_zh = ?, grade_scheme_en = ?, grade_scheme_grades = ?, "
                            + "grade_label = ?, capacity = ?, opened_on = ?, version = ? WHERE id = ?";
            Jdbc.update(c, sql, ps -> {
                ps.setString(1, saved.kind().code());
                ps.setString(2, saved.name());
                ps.setString(3, saved.region().value());
                ps.setString(4, saved.operator().creditCode().value());
                ps.setString(5, saved.operator().name());
                Optional<Grade> g = saved.grade();
                Jdbc.setString(ps, 6, g.map(x -> x.scheme().code()).orElse(null));
                Jdbc.setString(ps, 7, g.map(x -> x.scheme().chineseName()).orElse(null));
                Jdbc.setString(ps, 8, g.map(x -> x.scheme().englishName()).orElse(null));
                Jdbc.setString(ps, 9, g.map(x -> String.join(GRADE_SEPARATOR, x.scheme().grades())).orElse(null));
                Jdbc.setString(ps, 10, g.map(Grade::label).orElse(null));
                Jdbc.setInteger(ps, 11, saved.capacity().orElse(null));
                Jdbc.setDate(ps, 12, saved.openedOn().orElse(null));
                ps.setLong(13, saved.version());
                ps.setString(14, id);
            });
            AuditWriter audit = new AuditWriter(context, session.now());
            audit.add(storedVersion == null ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.FACILITY, id,
                    saved.version(), Optional.of(saved.region()));
            audit.flush(c);
            return saved;
        });
    }
}
