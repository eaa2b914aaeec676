package org.minzheng.examples.demo;

import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.spi.storage.AuditLog;
import org.minzheng.spi.storage.CaseRepository;
import org.minzheng.spi.storage.FacilityRepository;
import org.minzheng.spi.storage.HouseholdRepository;
import org.minzheng.spi.storage.PaymentRepository;
import org.minzheng.spi.storage.PersonRepository;
import org.minzheng.spi.storage.ServiceRecordRepository;
import org.minzheng.spi.storage.SessionWork;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.TransactionWork;

/**
 * The demo's storage: everything in the database, except service records, which this version of
 * {@code JdbcStorage} does not store yet; those live in a second storage (in memory), and the demo
 * regenerates them from the seed on every start ({@link DemoServiceRecords}).
 */
final class DemoStorage implements Storage {

    private final Storage base;
    private final DemoServiceRecords records;

    DemoStorage(Storage base, DemoServiceRecords records) {
        this.base = Objects.requireNonNull(base, "base");
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public HouseholdRepository households() {
        return base.households();
    }

    @Override
    public PersonRepository persons() {
        return base.persons();
    }

    @Override
    public CaseRepository cases() {
        return base.cases();
    }

    @Override
    public PaymentRepository payments() {
        return base.payments();
    }

    @Override
    public ServiceRecordRepository serviceRecords() {
        return records;
    }

    @Override
    public FacilityRepository facilities() {
        return base.facilities();
    }

    @Override
    public AuditLog audit() {
        return base.audit();
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return base.inTransaction(tx -> work.run(new DemoStorage(tx, records)));
    }

    @Override
    public <T> T inSession(SessionWork<T> work) {
        return base.inSession(s -> work.run(new DemoStorage(s, records)));
    }

    @Override
    public Storage scopedTo(RegionCode region) {
        return new DemoStorage(base.scopedTo(region), records.scopedTo(region));
    }

    @Override
    public Optional<RegionCode> scope() {
        return base.scope();
    }

    @Override
    public void close() {
        base.close();
    }
}
