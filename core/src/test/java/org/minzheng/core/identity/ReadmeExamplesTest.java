package org.minzheng.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

/** The results claimed in the README section "Identifiers and money", so that it stays true. */
class ReadmeExamplesTest {

    @Test
    void identityNumberExample_resultsAsDocumented() {
        IdNumber id = IdNumber.parse("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.ageOn(LocalDate.of(2026, 1, 1))).isEqualTo(76);
        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat(IdNumber.maskWithin("P-11010519491231002X")).isEqualTo("P-110105********002X");
        assertThat(IdNumber.parse("110105491231002").value()).isEqualTo("11010519491231002X");

        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.parse("110105194912310021"));
        assertThat(e.reason()).isEqualTo(Reason.CHECK);
        assertThat(e.position()).isEqualTo(OptionalInt.of(18));
        assertThat(e.messageZh()).isEqualTo("居民身份证号码校验码（第18位）不正确");
    }

    @Test
    void otherIdentifierExamples_resultsAsDocumented() {
        RegionCode county = RegionCode.parse("321112");
        assertThat(county).isEqualTo(RegionCode.parse("321112000000"));
        assertThat(county.contains(RegionCode.parse("321112100"))).isTrue();
        assertThat(county.parent().toString()).isEqualTo("Optional[3211]");
        assertThat(CreditCode.parse("91350100M000100Y43").registrationAuthority()).isEqualTo('9');
        assertThat(DisabilityCertificateNumber.parse("11010519491231002X42B1").isSevere()).isTrue();
    }

    @Test
    void moneyExample_resultsAsDocumented() {
        Money standard = Money.parse("1,354.75");
        assertThat(standard.times(3).toString()).isEqualTo("4064.25");
        assertThat(standard.times(new BigDecimal("0.3"), RoundingMode.HALF_UP).toString()).isEqualTo("406.43");
        assertThat(Money.of("100").allocate(3).toString()).isEqualTo("[33.34, 33.33, 33.33]");
        assertThat(standard.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,354.75 元");
    }
}
