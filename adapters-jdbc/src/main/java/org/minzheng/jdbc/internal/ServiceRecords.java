package org.minzheng.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.ServiceRecordRepository;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.spi.storage.WriteContext;

/**
 * Service records on JDBC: the components all kinds share as columns, for look-ups and region
 * scope, and the kind's own components as a JSON object in {@code details}
 * ({@link ServiceRecordDetails}, decision record 0180).
 */
public final class ServiceRecords implements ServiceRecordRepository {

    private static final String COLUMNS = "id, kind, subject_kind, subject_id, region, case_id, version, details";

    private final Session session;

    /**
     * Creates the repository of a session.
     *
     * @param session the session
     */
    public ServiceRecords(Session session) {
        this.session = session;
    }

    private static ServiceRecord read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        try {
            ServiceRecordKind kind = Coded.findByCode(ServiceRecordKind.class, rs.getString("kind"))
                    .orElseThrow(() -> new ServiceRecordDetails.UnreadableException("the kind is unknown", null));
            String caseId = rs.getString("case_id");
            Map<String, Object> shared = Map.of("id", ServiceRecordId.of(id),
                    "subject", SubjectRef.of(Coded.fromCode(SubjectKind.class, rs.getString("subject_kind")),
                            rs.getString("subject_id")),
                    "region", RegionCode.parse(rs.getString("region").trim()),
                    "caseId", caseId == null ? Optional.empty() : Optional.of(CaseId.of(caseId)),
                    "version", rs.getLong("version"));
            return ServiceRecordDetails.read(StorageLimits.serviceRecordType(kind), shared, rs.getString("details"));
        } catch (ServiceRecordDetails.UnreadableException | IllegalArgumentException e) {
            // IllegalArgumentException: a shared column that core refuses; the message holds no stored value.
            throw new StorageException("service record " + id + " cannot be read back (服务记录数据无法读取): "
                    + (e instanceof ServiceRecordDetails.UnreadableException ? e.getMessage() : e.getClass().getSimpleName()), e);
        }
    }

    @Override
    public Optional<ServiceRecord> find(ServiceRecordId id) {
        Objects.requireNonNull(id, "id");
        Optional<ServiceRecord> r = session.read("read service record " + id, EntityType.SERVICE_RECORD,
                c -> Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_service_record WHERE id = ?",
                        ps -> ps.setString(1, id.value()), ServiceRecords::read).stream().findFirst());
        // outside the scope a record is not seen, exactly as if it were not stored
        return r.filter(x -> session.visible(x.region()));
    }

    @Override
    public Map<ServiceRecordId, ServiceRecord> findAll(java.util.Collection<ServiceRecordId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<String> wanted = ids.stream().map(id -> Objects.requireNonNull(id, "id").value()).distinct().sorted().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        // one query per chunk of ids instead of one per record
        List<ServiceRecord> found = session.read("read service records", EntityType.SERVICE_RECORD, c -> {
            List<ServiceRecord> out = new ArrayList<>();
            for (List<String> chunk : Jdbc.chunks(wanted)) {
                out.addAll(Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_service_record WHERE id IN ("
                        + Jdbc.marks(chunk.size()) + ")", Jdbc.strings(chunk), ServiceRecords::read));
            }
            return out;
        });
        Map<ServiceRecordId, ServiceRecord> out = new java.util.HashMap<>();
        for (ServiceRecord r : found) {
            if (session.visible(r.region())) { // outside the scope a record is not seen
                out.put(r.id(), r);
            }
        }
        return out;
    }

    @Override
    public List<ServiceRecord> findBySubject(SubjectRef subject) {
        Objects.requireNonNull(subject, "subject");
        List<ServiceRecord> found = session.read("read service records of a subject", EntityType.SERVICE_RECORD,
                c -> Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_service_record WHERE subject_kind = ? AND subject_id = ? "
                        + "ORDER BY record_date, id", ps -> {
                            ps.setString(1, subject.kind().code());
                            ps.setString(2, subject.id());
                        }, ServiceRecords::read));
        return found.stream().filter(x -> session.visible(x.region())).toList();
    }

    @Override
    public Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive) {
        return stream(region, fromInclusive, toExclusive, List.of());
    }

    @Override
    public Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive,
                                                java.util.Set<ServiceRecordKind> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            Objects.requireNonNull(region, "region");
            session.checkRegion(region, "query service records of region " + region.shortForm());
            return Stream.empty();
        }
        // the kind is a column: the other kinds' rows are skipped by the database, never decoded
        return stream(region, fromInclusive, toExclusive, kinds.stream().map(ServiceRecordKind::code).sorted().toList());
    }

    private Stream<ServiceRecord> stream(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive, List<String> kinds) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        session.checkRegion(region, "query service records of region " + region.shortForm());
        String kindIn = kinds.isEmpty() ? "" : " AND kind IN (" + String.join(", ", java.util.Collections.nCopies(kinds.size(), "?")) + ")";
        String[] b = Registry.bounds(region);
        // Ordered by date, then id: the page key is "date|id". Each page is read on the (record_date, id) index
        // (V6, decision record 0395) in two index ranges — the rest of the last page's date after its id, then the
        // dates after it — so a page costs what it reads and never sorts the region's remaining records; an OR of
        // both in one condition would leave the planner a range on the date alone, re-reading the date's records.
        String hint = session.dialect() == org.minzheng.jdbc.Dialect.POSTGRESQL ? "" : " USE INDEX (mz_service_record_date_id)";
        String select = "SELECT " + COLUMNS + " FROM mz_service_record" + hint + " WHERE ";
        return Pages.stream(session, "query service records", EntityType.SERVICE_RECORD, (c, after) -> {
            List<ServiceRecord> items = new ArrayList<>(Jdbc.CHUNK);
            LocalDate afterDate = fromInclusive.minusDays(1);
            if (after != null) {
                afterDate = LocalDate.parse(after.substring(0, 10));
                String afterId = after.substring(11);
                LocalDate sameDate = afterDate;
                items.addAll(Jdbc.query(c, select + "record_date = ? AND id > ? AND region BETWEEN ? AND ?" + kindIn
                        + " ORDER BY record_date, id LIMIT " + Jdbc.CHUNK, ps -> {
                            Jdbc.setDate(ps, 1, sameDate);
                            ps.setString(2, afterId);
                            ps.setString(3, b[0]);
                            ps.setString(4, b[1]);
                            bindKinds(ps, 5, kinds);
                        }, ServiceRecords::read));
            }
            if (items.size() < Jdbc.CHUNK) {
                LocalDate laterThan = afterDate;
                items.addAll(Jdbc.query(c, select + "record_date > ? AND record_date < ? AND region BETWEEN ? AND ?" + kindIn
                        + " ORDER BY record_date, id LIMIT " + (Jdbc.CHUNK - items.size()), ps -> {
                            Jdbc.setDate(ps, 1, laterThan);
                            Jdbc.setDate(ps, 2, toExclusive);
                            ps.setString(3, b[0]);
                            ps.setString(4, b[1]);
                            bindKinds(ps, 5, kinds);
                        }, ServiceRecords::read));
            }
            return Pages.Page.of(items, x -> x.date() + "|" + x.id().value());
        });
    }

    private static void bindKinds(java.sql.PreparedStatement ps, int from, List<String> kinds) throws java.sql.SQLException {
        for (int i = 0; i < kinds.size(); i++) {
            ps.setString(from + i, kinds.get(i));
        }
    }

    @Override
    public List<ServiceRecord> saveAll(java.util.Collection<? extends ServiceRecord> records, WriteContext context) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(context, "context");
        List<ServiceRecord> copy = List.copyOf(records);
        if (session.scope() != null) {
            // the scope's checks (subjects, cases) are the single save's: record by record
            return ServiceRecordRepository.super.saveAll(copy, context);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ServiceRecord r : copy) {
            if (!seen.add(r.id().value())) {
                throw new IllegalArgumentException("service record " + r.id() + " appears twice in one saveAll");
            }
            StorageLimits.checkServiceRecord(r);
            session.checkRegion(r.region(), "save service record " + r.id());
        }
        if (copy.isEmpty()) {
            return List.of();
        }
        // one locking read per chunk of ids, batched inserts and updates, one audit insert: not three statements per
        // record (decision 0410)
        return session.write("save service records", EntityType.SERVICE_RECORD, c -> {
            Map<String, Long> stored = new java.util.HashMap<>();
            for (List<String> chunk : Jdbc.chunks(seen.stream().sorted().toList())) {
                Jdbc.query(c, "SELECT id, version FROM mz_service_record WHERE id IN (" + Jdbc.marks(chunk.size())
                        + ") ORDER BY id FOR UPDATE", Jdbc.strings(chunk), rs -> stored.put(rs.getString(1), rs.getLong(2)));
            }
            List<ServiceRecord> saved = new ArrayList<>(copy.size());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            AuditWriter audit = new AuditWriter(context, session.now());
            for (ServiceRecord r : copy) {
                String id = r.id().value();
                Long storedVersion = stored.get(id);
                Registry.checkVersion(EntityType.SERVICE_RECORD, id, r.version(), storedVersion);
                ServiceRecord s = StorageLimits.withVersion(r, r.version() + 1);
                saved.add(s);
                (storedVersion == null ? inserts : updates).add(new Object[] {s, ServiceRecordDetails.write(s)});
                audit.add(storedVersion == null ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.SERVICE_RECORD,
                        id, s.version(), Optional.of(s.region()));
            }
            Registry.batch(c, "INSERT INTO mz_service_record (kind, subject_kind, subject_id, region, record_date, case_id, "
                    + "version, details, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts, ServiceRecords::bind);
            Registry.batch(c, "UPDATE mz_service_record SET kind = ?, subject_kind = ?, subject_id = ?, region = ?, "
                    + "record_date = ?, case_id = ?, version = ?, details = ? WHERE id = ?", updates, ServiceRecords::bind);
            audit.flush(c);
            return saved;
        });
    }

    private static void bind(java.sql.PreparedStatement ps, Object[] row) throws SQLException {
        ServiceRecord saved = (ServiceRecord) row[0];
        ps.setString(1, saved.kind().code());
        ps.setString(2, saved.subject().kind().code());
        ps.setString(3, saved.subject().id());
        ps.setString(4, saved.region().value());
        Jdbc.setDate(ps, 5, saved.date());
        Jdbc.setString(ps, 6, saved.caseId().map(CaseId::value).orElse(null));
        ps.setLong(7, saved.version());
        ps.setString(8, (String) row[1]);
        ps.setString(9, saved.id().value());
    }

    @Override
    public <T extends ServiceRecord> T save(T serviceRecord, WriteContext context) {
        Objects.requireNonNull(serviceRecord, "serviceRecord");
        Objects.requireNonNull(context, "context");
        String id = serviceRecord.id().value();
        String what = "save service record " + serviceRecord.id();
        StorageLimits.checkServiceRecord(serviceRecord);
        session.checkRegion(serviceRecord.region(), what);
        return session.write(what, EntityType.SERVICE_RECORD, c -> {
            List<Object[]> stored = Jdbc.query(c, "SELECT region, version FROM mz_service_record WHERE id = ? FOR UPDATE",
                    ps -> ps.setString(1, id), rs -> new Object[] {RegionCode.parse(rs.getString(1).trim()), rs.getLong(2)});
            if (session.scope() != null) {
                // a stored record outside the scope, a subject or a case the view cannot see: refused alike
                boolean storedOutside = !stored.isEmpty() && !session.visible((RegionCode) stored.get(0)[0]);
                RegionCode subject = Registry.subjectRegions(c, List.of(serviceRecord.subject())).get(serviceRecord.subject());
                Optional<String> caseId = serviceRecord.caseId().map(CaseId::value);
                boolean caseOutside = caseId.isPresent()
                        && !session.visible(Cases.regions(c, List.of(caseId.get())).get(caseId.get()));
                if (storedOutside || !session.visible(subject) || caseOutside) {
                    throw session.notVisible(what);
                }
            }
            Long storedVersion = stored.isEmpty() ? null : (Long) stored.get(0)[1];
            Registry.checkVersion(EntityType.SERVICE_RECORD, id, serviceRecord.version(), storedVersion);
            T saved = StorageLimits.withVersion(serviceRecord, serviceRecord.version() + 1);
            String details = ServiceRecordDetails.write(saved);
            String sql = storedVersion == null
                    ? "INSERT INTO mz_service_record (kind, subject_kind, subject_id, region, record_date, case_id, version, "
                            + "details, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE mz_service_record SET kind = ?, subject_kind = ?, subject_id = ?, region = ?, record_date = ?, "
                            + "case_id = ?, version = ?, details = ? WHERE id = ?";
            Jdbc.update(c, sql, ps -> bind(ps, new Object[] {saved, details}));
            AuditWriter audit = new AuditWriter(context, session.now());
            audit.add(storedVersion == null ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.SERVICE_RECORD, id,
                    saved.version(), Optional.of(saved.region()));
            audit.flush(c);
            return saved;
        });
    }
}
