package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.PersonId;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.CaseRepository;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.spi.storage.WriteContext;

/** Cases and their history on JDBC (a history is a column of its case row, decision 0420): batched writes. */
public final class Cases implements CaseRepository {

    private static final String COLUMNS = "id, program, subject_kind, subject_id, region, applicant, state, version, history";

    private final Session session;

    /**
     * Creates the repository of a session.
     *
     * @param session the session
     */
    public Cases(Session session) {
        this.session = session;
    }

    /** Loads cases of the rows a query selects. */
    private static List<Case> load(Connection c, String where, Jdbc.Binder bind) throws SQLException {
        return load(c, where, bind, null);
    }

    /**
     * Loads cases of the rows a query selects that are wanted (null: all): one query, as a case's history
     * is a column of its row (decision record 0420).
     */
    private static List<Case> load(Connection c, String where, Jdbc.Binder bind, Set<String> wanted) throws SQLException {
        // the programs and regions of the cases read are few: one object each per query, not per case (a monthly
        // run holds its county's cases; decision record 0442)
        Map<String, ProgramCode> programs = new HashMap<>();
        Map<String, RegionCode> regions = new HashMap<>();
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_case " + where, bind, rs -> {
            String id = rs.getString(1);
            if (wanted != null && !wanted.contains(id)) {
                return null;
            }
            return Case.builder().id(CaseId.of(id)).program(programs.computeIfAbsent(rs.getString(2), ProgramCode::of))
                    .subject(SubjectRef.of(Coded.fromCode(SubjectKind.class, rs.getString(3)), rs.getString(4)))
                    .region(regions.computeIfAbsent(rs.getString(5), r -> RegionCode.parse(r.trim())))
                    .applicant(PersonId.of(rs.getString(6)))
                    .history(CaseHistory.decode(rs.getString(9))).version(rs.getLong(8)).build();
        }).stream().filter(Objects::nonNull).toList();
    }

    /** The region of a stored case, if stored. */
    static Map<String, RegionCode> regions(Connection c, Collection<String> caseIds) throws SQLException {
        Map<String, RegionCode> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(new HashSet<>(caseIds))) {
            Jdbc.query(c, "SELECT id, region FROM mz_case WHERE id IN (" + Jdbc.marks(chunk.size()) + ")", Jdbc.strings(chunk),
                    rs -> out.put(rs.getString(1), RegionCode.parse(rs.getString(2).trim())));
        }
        return out;
    }

    @Override
    public Optional<Case> find(CaseId id) {
        Objects.requireNonNull(id, "id");
        Optional<Case> found = session.read("read case " + id, EntityType.CASE,
                c -> load(c, "WHERE id = ?", ps -> ps.setString(1, id.value())).stream().findFirst());
        // outside the scope a case is not seen, exactly as if it were not stored
        return found.filter(x -> session.visible(x.region()));
    }

    @Override
    public List<Case> findBySubject(SubjectRef subject) {
        Objects.requireNonNull(subject, "subject");
        List<Case> found = session.read("read cases of a subject", EntityType.CASE, c -> load(c,
                "WHERE subject_kind = ? AND subject_id = ? ORDER BY id", ps -> {
                    ps.setString(1, subject.kind().code());
                    ps.setString(2, subject.id());
                }));
        return found.stream().filter(x -> session.visible(x.region())).toList();
    }

    @Override
    public Stream<Case> streamByProgramAndState(ProgramCode program, CaseState state, RegionCode region) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(region, "region");
        session.checkRegion(region, "query cases of region " + region.shortForm());
        RegionIds keys = new RegionIds("mz_case", " AND program = ? AND state = ?", "program, state, region, id",
                (ps, i) -> {
                    ps.setString(i, program.value());
                    ps.setString(i + 1, state.code());
                    return i + 2;
                }, region);
        return Pages.stream(session, "query cases", EntityType.CASE, (c, after) -> page(c, keys));
    }

    /**
     * The next page of cases of a keyset, in id order: one query for the ids, two for the cases
     * (by IN-list, or on H2, whose IN-lists of parameters cost several times a range, by the range
     * of the page's ids, cases of other regions in it dropped).
     */
    private Pages.Page<Case> page(Connection c, RegionIds keys) throws SQLException {
        List<String> ids = keys.next(c, Jdbc.CHUNK);
        if (ids.isEmpty()) {
            return new Pages.Page<>(List.of(), null, false);
        }
        // in the keyset's order; a case deleted between the two reads is skipped
        List<Case> cases = session.dialect() == org.minzheng.jdbc.Dialect.H2
                ? load(c, "WHERE id >= ? AND id <= ?", ps -> {
                    ps.setString(1, ids.get(0));
                    ps.setString(2, ids.get(ids.size() - 1));
                }, Set.copyOf(ids))
                : load(c, "WHERE id IN (" + Jdbc.marks(ids.size()) + ")", Jdbc.strings(ids));
        Map<String, Case> byId = new HashMap<>();
        cases.forEach(x -> byId.put(x.id().value(), x));
        List<Case> ordered = new ArrayList<>(cases.size());
        for (String id : ids) {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        }
        return new Pages.Page<>(ordered, ids.get(ids.size() - 1), ids.size() >= Jdbc.CHUNK);
    }

    @Override
    public Stream<Case> streamByRegion(RegionCode region) {
        Objects.requireNonNull(region, "region");
        session.checkRegion(region, "query cases of region " + region.shortForm());
        RegionIds keys = RegionIds.of("mz_case", region);
        return Pages.stream(session, "query cases", EntityType.CASE, (c, after) -> page(c, keys));
    }

    @Override
    public Case save(Case aCase, WriteContext context) {
        Objects.requireNonNull(aCase, "aCase");
        return saveAll(List.of(aCase), context).get(0);
    }

    @Override
    public List<Case> saveAll(Collection<Case> cases, WriteContext context) {
        Objects.requireNonNull(context, "context");
        List<Case> copy = List.copyOf(cases);
        Set<String> seen = new HashSet<>();
        for (Case x : copy) {
            if (!seen.add(x.id().value())) {
                throw new IllegalArgumentException("case " + x.id() + " appears twice in one saveAll");
            }
            StorageLimits.checkCase(x);
            session.checkRegion(x.region(), "save case " + x.id());
        }
        List<Case> saved = session.write("save cases", EntityType.CASE, c -> {
            List<Case> out = new ArrayList<>(copy.size());
            for (List<Case> chunk : Jdbc.chunks(copy)) {
                out.addAll(saveChunk(c, chunk, context));
            }
            return out;
        });
        session.hints().wrote(saved.size());
        return saved;
    }

    private List<Case> saveChunk(Connection c, List<Case> chunk, WriteContext context) throws SQLException {
        List<String> ids = chunk.stream().map(x -> x.id().value()).sorted().toList();
        Map<String, Long> versions = new HashMap<>();
        Map<String, RegionCode> regions = new HashMap<>();
        Jdbc.query(c, "SELECT id, region, version FROM mz_case WHERE id IN (" + Jdbc.marks(ids.size())
                + ") ORDER BY id FOR UPDATE", Jdbc.strings(ids), rs -> {
                    versions.put(rs.getString(1), rs.getLong(3));
                    regions.put(rs.getString(1), RegionCode.parse(rs.getString(2).trim()));
                    return null;
                });
        if (session.scope() != null) {
            // a stored case outside the scope, or a subject the view cannot see, is refused before
            // any version check, alike, so that the refusal says nothing about records outside
            Map<SubjectRef, RegionCode> subjects = Registry.subjectRegions(c, chunk.stream().map(Case::subject).toList());
            for (Case x : chunk) {
                RegionCode stored = regions.get(x.id().value());
                if ((stored != null && !session.visible(stored)) || !session.visible(subjects.get(x.subject()))) {
                    throw session.notVisible("save case " + x.id());
                }
            }
        }
        AuditWriter audit = new AuditWriter(context, session.now());
        Map<String, Case> saved = new LinkedHashMap<>();
        for (Case x : chunk) {
            String id = x.id().value();
            Registry.checkVersion(EntityType.CASE, id, x.version(), versions.get(id));
            Case s = x.toBuilder().version(x.version() + 1).build();
            saved.put(id, s);
            audit.add(versions.containsKey(id) ? AuditOperation.UPDATE : AuditOperation.CREATE, EntityType.CASE, id,
                    s.version(), Optional.of(s.region()));
        }
        List<Case> inserts = saved.values().stream().filter(s -> !versions.containsKey(s.id().value())).toList();
        List<Case> updates = saved.values().stream().filter(s -> versions.containsKey(s.id().value())).toList();
        // the history is written whole with its case, in the case's row (decision record 0420)
        Registry.RowBinder<Case> bind = (ps, s) -> {
            ps.setString(1, s.program().value());
            ps.setString(2, s.subject().kind().code());
            ps.setString(3, s.subject().id());
            ps.setString(4, s.region().value());
            ps.setString(5, s.applicant().value());
            ps.setString(6, s.state().code());
            ps.setLong(7, s.version());
            ps.setString(8, CaseHistory.encode(s.history()));
            ps.setString(9, s.id().value());
        };
        Registry.batch(c, "INSERT INTO mz_case (program, subject_kind, subject_id, region, applicant, state, version, "
                + "history, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts, bind);
        Registry.batch(c, "UPDATE mz_case SET program = ?, subject_kind = ?, subject_id = ?, region = ?, applicant = ?, "
                + "state = ?, version = ?, history = ? WHERE id = ?", updates, bind);
        audit.flush(c);
        List<Case> out = new ArrayList<>(chunk.size());
        for (Case x : chunk) {
            out.add(saved.get(x.id().value()));
        }
        return out;
    }
}
