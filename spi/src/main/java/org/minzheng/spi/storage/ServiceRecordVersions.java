package org.minzheng.spi.storage;

import java.util.EnumMap;
import java.util.Map;
import org.minzheng.core.children.CaseServicePlan;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.community.Referral;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;

/** The service-record classes core defines, by kind, and version copies of them. */
final class ServiceRecordVersions {

    /** The classes core defines: a store writes these, and nothing else. */
    private static final Map<ServiceRecordKind, Class<? extends ServiceRecord>> CORE_KINDS = coreKinds();

    private ServiceRecordVersions() {
    }

    private static Map<ServiceRecordKind, Class<? extends ServiceRecord>> coreKinds() {
        Map<ServiceRecordKind, Class<? extends ServiceRecord>> m = new EnumMap<>(ServiceRecordKind.class);
        m.put(ServiceRecordKind.HOME_CARE_VISIT, HomeCareVisit.class);
        m.put(ServiceRecordKind.CARE_VISIT, CareVisit.class);
        m.put(ServiceRecordKind.HOME_ADAPTATION, HomeAdaptation.class);
        m.put(ServiceRecordKind.ACCIDENT_INSURANCE_ENROLMENT, AccidentInsuranceEnrolment.class);
        m.put(ServiceRecordKind.GUARDIANSHIP_CONFIRMATION, GuardianshipConfirmation.class);
        m.put(ServiceRecordKind.CASE_SERVICE_PLAN, CaseServicePlan.class);
        m.put(ServiceRecordKind.REFERRAL, Referral.class);
        return m;
    }

    static Class<? extends ServiceRecord> type(ServiceRecordKind kind) {
        return CORE_KINDS.get(kind);
    }

    @SuppressWarnings("unchecked")
    static <T extends ServiceRecord> T withVersion(T record, long version) {
        if (CORE_KINDS.get(record.kind()) != record.getClass()) {
            throw new StorageException("service records of type " + record.getClass().getName()
                    + " cannot be stored: only the kinds defined in minzheng-core are supported (不支持的服务记录类型)");
        }
        return (T) record.withVersion(version);
    }
}
