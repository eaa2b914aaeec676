package org.minzheng.spi.storage;

import java.util.Set;
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

    /** The classes core defines: a store can write these, and nothing else. */
    private static final Set<Class<?>> CORE_KINDS = Set.of(HomeCareVisit.class, CareVisit.class, HomeAdaptation.class,
            AccidentInsuranceEnrolment.class, GuardianshipConfirmation.class, CaseServicePlan.class, Referral.class);

    private ServiceRecordVersions() {
    }

    @SuppressWarnings("unchecked")
    static <T extends ServiceRecord> T withVersion(T record, long version) {
        if (!CORE_KINDS.contains(record.getClass())) {
            throw new StorageException("service records of type " + record.getClass().getName()
                    + " cannot be stored: only the kinds defined in minzheng-core are supported (不支持的服务记录类型)");
        }
        return (T) record.withVersion(version);
    }
}
