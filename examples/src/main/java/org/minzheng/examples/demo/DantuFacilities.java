package org.minzheng.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.facility.GradeScheme;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.service.Organisation;
import org.minzheng.examples.demo.population.Townships;

/**
 * The district's care facilities and service providers as the bureau reported them (1 disability and dementia
 * care centre, 2 regional elderly-care centres, a 3A and eight 2A community centres, 5 关爱之家, 3 community
 * service centres): infrastructure, not cases. The providers deliver the simulated services.
 */
final class DantuFacilities {

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    final List<Organisation> providers = new ArrayList<>();
    final List<Facility> facilities = new ArrayList<>();
    private final SplittableRandom rnd;

    DantuFacilities(long seed) {
        rnd = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            providers.add(Organisation.of(CreditCode.parse(creditCode(i < 11 ? "52" : "91")),
                    i < 11 ? "丹徒区第" + (i + 1) + "居家养老服务社" : "示例财产保险公司镇江中心支公司"));
        }
        facility(FacilityKind.DISABILITY_CARE_CENTRE, "丹徒区残疾人托养和失智老人照护中心", null, 0);
        facility(FacilityKind.REGIONAL_ELDERLY_CARE_CENTRE, "辛丰镇区域性养老服务中心", null, 3);
        facility(FacilityKind.REGIONAL_ELDERLY_CARE_CENTRE, "宝堰镇区域性养老服务中心", null, 6);
        facility(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE, "宜城街道社区居家养老服务中心", "3A", 1);
        for (int i = 0; i < 8; i++) {
            facility(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE, Townships.ALL.get(i).name() + "第" + (i + 2) + "社区居家养老服务中心", "2A", i);
        }
        for (int i = 0; i < 5; i++) {
            facility(FacilityKind.CHILDREN_CARE_SITE, Townships.ALL.get(2 + i).name() + "关爱之家", null, 2 + i);
        }
        for (int i = 0; i < 3; i++) {
            facility(FacilityKind.COMMUNITY_SERVICE_CENTRE, Townships.ALL.get(i).name() + "社区综合服务中心", null, i);
        }
    }

    private void facility(FacilityKind kind, String name, String grade, int township) {
        Townships.Township t = Townships.ALL.get(township);
        RegionCode village = RegionCode.parse(t.code().value().substring(0, 9) + (t.street() ? "001" : "200"));
        Facility.Builder b = Facility.builder().id(FacilityId.of("F" + String.format(java.util.Locale.ROOT, "%03d", facilities.size() + 1)))
                .kind(kind).name(name).region(village).operator(providers.get(facilities.size() % 11))
                .openedOn(LocalDate.of(2015 + rnd.nextInt(7), 1 + rnd.nextInt(12), 1));
        if (grade != null) {
            b.grade(GradeScheme.JIANGSU_CENTRE_A.grade(grade));
        }
        facilities.add(b.build());
    }

    private String creditCode(String authorityAndType) {
        StringBuilder s = new StringBuilder(authorityAndType).append("321112");
        for (int i = 0; i < 9; i++) {
            s.append(CREDIT_ALPHABET.charAt(rnd.nextInt(i < 8 ? 10 : CREDIT_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(s.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return s.append(CREDIT_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
