package org.minzheng.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class OtherIdentifiersTest {

    @Test
    void regionCode_sixAndTwelveDigitForms_areEqual() {
        assertThat(RegionCode.parse("321112")).isEqualTo(RegionCode.parse("321112000000"));
        assertThat(RegionCode.parse("32")).isEqualTo(RegionCode.parse("320000"));
        assertThat(RegionCode.parse("3211").value()).isEqualTo("321100000000");
        assertThat(RegionCode.parse("321112").level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(RegionCode.parse("321112100").level()).isEqualTo(RegionLevel.TOWNSHIP);
    }

    @Test
    void regionCode_parentAndContains_followTheHierarchy() {
        RegionCode township = RegionCode.parse("321112100");
        assertThat(township.parent()).contains(RegionCode.parse("321112"));
        assertThat(RegionCode.parse("32").parent()).isEmpty();
        assertThat(township.selfAndAncestors()).extracting(RegionCode::shortForm)
                .containsExactly("321112100", "321112", "3211", "32");
        assertThat(RegionCode.parse("3211").contains(township)).isTrue();
        assertThat(township.contains(township)).isTrue();
        assertThat(township.contains(RegionCode.parse("3211"))).isFalse();
        assertThat(RegionCode.parse("3212").contains(township)).isFalse();
    }

    @Test
    void regionCode_invalid_reportsReason() {
        assertThat(reason(() -> RegionCode.parse(null))).isEqualTo(Reason.NULL);
        assertThat(reason(() -> RegionCode.parse("321"))).isEqualTo(Reason.LENGTH);
        assertThat(reason(() -> RegionCode.parse("32111A"))).isEqualTo(Reason.CHARACTER);
        assertThat(reason(() -> RegionCode.parse("000000"))).isEqualTo(Reason.RANGE);
        assertThat(reason(() -> RegionCode.parse("320012"))).isEqualTo(Reason.FORMAT);
    }

    @Test
    void creditCode_standardExample_isValidAndDecoded() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.entityType()).isEqualTo('1');
        assertThat(code.regionCode()).isEqualTo("350100");
        assertThat(code.checkCharacterValid()).isTrue();
        assertThat(code.toString()).isEqualTo("913501********0Y43");
    }

    @Test
    void creditCode_wrongCheck_strictRejectsLenientFlags() {
        assertThat(reason(() -> CreditCode.parse("91350100M000100Y44"))).isEqualTo(Reason.CHECK);
        CreditCode lenient = CreditCode.parseLenient("91350100M000100Y44");
        assertThat(lenient.checkCharacterValid()).isFalse();
        assertThat(reason(() -> CreditCode.parse("91350100M000100I43"))).isEqualTo(Reason.CHARACTER);
        assertThat(reason(() -> CreditCode.parse(null))).isEqualTo(Reason.NULL);
    }

    @Test
    void disabilityCertificate_withReissue_decodesParts() {
        DisabilityCertificateNumber n = DisabilityCertificateNumber.parse("11010519491231002x42b1");
        assertThat(n.value()).isEqualTo("11010519491231002X42B1");
        assertThat(n.idNumber()).isEqualTo(IdNumber.parse("11010519491231002X"));
        assertThat(n.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(n.grade()).isEqualTo(2);
        assertThat(n.isSevere()).isTrue();
        assertThat(n.reissue()).hasValue(1);
        assertThat(n.toString()).isEqualTo("110105************42B1");
    }

    @Test
    void disabilityCertificate_invalid_reportsReason() {
        assertThat(reason(() -> DisabilityCertificateNumber.parse("11010519491231002X82")))
                .isEqualTo(Reason.RANGE);
        assertThat(reason(() -> DisabilityCertificateNumber.parse("11010519491231002X45")))
                .isEqualTo(Reason.RANGE);
        assertThat(reason(() -> DisabilityCertificateNumber.parse("11010519491231003X42")))
                .isEqualTo(Reason.CHECK);
        assertThat(reason(() -> DisabilityCertificateNumber.parse("11010519491231002X42C1")))
                .isEqualTo(Reason.CHARACTER);
    }

    private static Reason reason(Runnable parse) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                parse::run);
        return e == null ? null : e.reason();
    }
}
