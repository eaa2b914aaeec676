package org.minzheng.spi.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;

/** Service records of an {@link InMemoryStorage} view. */
final class MemoryServiceRecords implements ServiceRecordRepository {

    private static final Comparator<ServiceRecord> ORDER = Comparator.comparing(ServiceRecord::date)
            .thenComparing(r -> r.id().value());

    private final InMemoryStorage view;
    private final MemoryStore store;

    MemoryServiceRecords(InMemoryStorage view) {
        this.view = view;
        this.store = view.store();
    }

    @Override
    public Optional<ServiceRecord> find(ServiceRecordId id) {
        Objects.requireNonNull(id, "id");
        return store.read(() -> {
            ServiceRecord r = store.serviceRecords.get(id.value());
            return r == null || !view.visible(r.region()) ? Optional.<ServiceRecord>empty() : Optional.of(r);
        });
    }

    @Override
    public List<ServiceRecord> findBySubject(SubjectRef subject) {
        Objects.requireNonNull(subject, "subject");
        return store.read(() -> {
            List<ServiceRecord> result = new ArrayList<>();
            for (ServiceRecord r : store.serviceRecords.values()) {
                if (r.subject().equals(subject) && view.visible(r.region())) {
                    result.add(r);
                }
            }
            result.sort(ORDER);
            return result;
        });
    }

    @Override
    public Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        view.checkRegion(region, "query service records of region " + region.shortForm());
        return store.read(() -> store.serviceRecords.values().stream()
                .filter(r -> region.contains(r.region()) && !r.date().isBefore(fromInclusive)
                        && r.date().isBefore(toExclusive))
                .sorted(ORDER).toList()).stream();
    }

    @Override
    public <T extends ServiceRecord> T save(T serviceRecord, WriteContext context) {
        Objects.requireNonNull(serviceRecord, "serviceRecord");
        Objects.requireNonNull(context, "context");
        String id = serviceRecord.id().value();
        String what = "save service record " + serviceRecord.id();
        StorageLimits.checkServiceRecord(serviceRecord);
        return store.write(view.transaction(), undo -> {
            view.checkRegion(serviceRecord.region(), what);
            ServiceRecord stored = store.serviceRecords.get(id);
            if ((stored != null && !view.visible(stored.region())) || !view.subjectVisible(serviceRecord.subject())
                    || !serviceRecord.caseId().map(c -> view.caseVisible(c.value())).orElse(true)) {
                throw view.notVisible(what);
            }
            InMemoryStorage.checkVersion(EntityType.SERVICE_RECORD, id, serviceRecord.version(),
                    stored == null ? null : stored.version());
            long version = serviceRecord.version() + 1;
            T saved = ServiceRecordVersions.withVersion(serviceRecord, version);
            store.put(store.serviceRecords, id, saved, undo);
            store.audit(undo, context, stored == null ? AuditOperation.CREATE : AuditOperation.UPDATE,
                    EntityType.SERVICE_RECORD, id, version, Optional.of(saved.region()));
            return saved;
        });
    }
}
