package org.minzheng.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.ServiceRecordRepository;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.WriteContext;

/**
 * The demo's service records (服务记录), kept in memory beside the database (which does not store
 * them in this version) and regenerated from the seed at every start. Indexed by subject, because
 * the monthly run looks up the guardianship confirmations of each left-behind child. No audit: the
 * records are synthetic history, not writes of the run.
 */
final class DemoServiceRecords implements ServiceRecordRepository {

    private final Map<String, ServiceRecord> byId;
    private final Map<SubjectRef, List<ServiceRecord>> bySubject;
    private final RegionCode scope;

    DemoServiceRecords() {
        this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), null);
    }

    private DemoServiceRecords(Map<String, ServiceRecord> byId, Map<SubjectRef, List<ServiceRecord>> bySubject, RegionCode scope) {
        this.byId = byId;
        this.bySubject = bySubject;
        this.scope = scope;
    }

    DemoServiceRecords scopedTo(RegionCode region) {
        check(region);
        return new DemoServiceRecords(byId, bySubject, region);
    }

    private void check(RegionCode region) {
        if (scope != null && !scope.contains(region)) {
            throw new RegionAccessException(scope, region, "read or write service records");
        }
    }

    @Override
    public Optional<ServiceRecord> find(ServiceRecordId id) {
        ServiceRecord r = byId.get(Objects.requireNonNull(id, "id").value());
        if (r != null) {
            check(r.region());
        }
        return Optional.ofNullable(r);
    }

    @Override
    public List<ServiceRecord> findBySubject(SubjectRef subject) {
        List<ServiceRecord> list = bySubject.getOrDefault(Objects.requireNonNull(subject, "subject"), List.of());
        synchronized (list) {
            list.forEach(r -> check(r.region()));
            return List.copyOf(list);
        }
    }

    @Override
    public Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive) {
        check(region);
        return byId.values().stream().filter(r -> region.contains(r.region()) && !r.date().isBefore(fromInclusive)
                && r.date().isBefore(toExclusive)).toList().stream();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends ServiceRecord> T save(T serviceRecord, WriteContext context) {
        Objects.requireNonNull(context, "context");
        check(serviceRecord.region());
        ServiceRecord stored = byId.get(serviceRecord.id().value());
        long expected = stored == null ? 0 : stored.version();
        if (serviceRecord.version() != expected) {
            throw new StaleVersionException(org.minzheng.spi.storage.EntityType.SERVICE_RECORD, serviceRecord.id().value(),
                    serviceRecord.version(), stored == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(expected));
        }
        T saved = (T) serviceRecord.withVersion(serviceRecord.version() + 1);
        byId.put(saved.id().value(), saved);
        List<ServiceRecord> list = bySubject.computeIfAbsent(saved.subject(), k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(r -> r.id().equals(saved.id()));
            list.add(saved);
        }
        return saved;
    }
}
