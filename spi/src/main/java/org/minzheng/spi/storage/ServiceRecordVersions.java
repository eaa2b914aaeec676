package org.minzheng.spi.storage;

import org.minzheng.core.children.CaseServicePlan;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.community.Referral;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.service.ServiceRecord;

/** Makes a copy of a service record with another version, for every kind core defines. */
final class ServiceRecordVersions {

    private ServiceRecordVersions() {
    }

    @SuppressWarnings("unchecked")
    static <T extends ServiceRecord> T withVersion(T record, long version) {
        ServiceRecord copy;
        if (record instanceof HomeCareVisit r) {
            copy = r.toBuilder().version(version).build();
        } else if (record instanceof CareVisit r) {
            copy = r.toBuilder().version(version).build();
        } else if (record instanceof HomeAdaptation r) {
            copy = r.toBuilder().version(version).build();
        } else if (record instanceof AccidentInsuranceEnrolment r) {
            copy = r.toBuilder().version(version).build();
        } else if (record instanceof GuardianshipConfirmation r) {
            copy = r.toBuilder().version(version).build();
        } else if (record instanceof CaseServicePlan r) {
            copy = r.toBuilder().version(version).build();
        } else if (record instanceof Referral r) {
            copy = r.toBuilder().version(version).build();
        } else {
            throw new StorageException("service records of type " + record.getClass().getName()
                    + " cannot be stored: only the kinds defined in minzheng-core are supported (不支持的服务记录类型)");
        }
        return (T) copy;
    }
}
