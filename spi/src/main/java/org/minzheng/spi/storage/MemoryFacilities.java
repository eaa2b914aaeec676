package org.minzheng.spi.storage;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.identity.RegionCode;

/** Facilities of an {@link InMemoryStorage} view. */
final class MemoryFacilities implements FacilityRepository {

    private final InMemoryStorage view;
    private final MemoryStore store;

    MemoryFacilities(InMemoryStorage view) {
        this.view = view;
        this.store = view.store();
    }

    @Override
    public Optional<Facility> find(FacilityId id) {
        Objects.requireNonNull(id, "id");
        return store.read(() -> {
            Facility f = store.facilities.get(id.value());
            return f == null || !view.visible(f.region()) ? Optional.<Facility>empty() : Optional.of(f);
        });
    }

    @Override
    public Stream<Facility> streamByRegion(RegionCode region) {
        Objects.requireNonNull(region, "region");
        view.checkRegion(region, "query facilities of region " + region.shortForm());
        return store.read(() -> store.facilities.values().stream().filter(f -> region.contains(f.region())).toList())
                .stream();
    }

    @Override
    public Facility save(Facility facility, WriteContext context) {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(context, "context");
        String id = facility.id().value();
        String what = "save facility " + facility.id();
        StorageLimits.checkFacility(facility);
        return store.write(view.transaction(), undo -> {
            view.checkRegion(facility.region(), what);
            Facility stored = store.facilities.get(id);
            if (stored != null && !view.visible(stored.region())) {
                throw view.notVisible(what);
            }
            InMemoryStorage.checkVersion(EntityType.FACILITY, id, facility.version(),
                    stored == null ? null : stored.version());
            long version = facility.version() + 1;
            Facility saved = facility.toBuilder().version(version).build();
            store.put(store.facilities, id, saved, undo);
            store.audit(undo, context, stored == null ? AuditOperation.CREATE : AuditOperation.UPDATE,
                    EntityType.FACILITY, id, version, Optional.of(saved.region()));
            return saved;
        });
    }
}
