package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.identity.RegionLevel;

class ConstraintsTest {

    private static final Clock CLOCK_2026 =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static ValidatorFactory english;
    private static ValidatorFactory chinese;

    @BeforeAll
    static void createFactories() {
        english = factory(Locale.ENGLISH);
        chinese = factory(Locale.SIMPLIFIED_CHINESE);
    }

    private static ValidatorFactory factory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale)
                .clockProvider(() -> CLOCK_2026)
                .buildValidatorFactory();
    }

    @AfterAll
    static void closeFactories() {
        english.close();
        chinese.close();
    }

    interface Strict {
    }

    static final class Applicant {
        @ValidIdNumber
        String idNumber;
        @ValidRegionCode(levels = {RegionLevel.COUNTY, RegionLevel.TOWNSHIP})
        String region;
        @ValidCreditCode
        String provider;
        @ValidCreditCode(lenient = true)
        String pilotProvider;
        @ValidDisabilityCertificateNumber
        String certificate;
        List<@ValidIdNumber String> members = List.of();
        @ValidCreditCode(lenient = true)
        @ValidCreditCode(groups = Strict.class, message = "custom")
        String twice;

        Applicant() {
            idNumber = "11010519491231002X";
            region = "321112";
            provider = "91350100M000100Y43";
            pilotProvider = "91350100M000100Y44";
            certificate = "11010519491231002X42";
            twice = "91350100M000100Y44";
        }
    }

    private static Set<ConstraintViolation<Applicant>> validate(ValidatorFactory f, Applicant a,
            Class<?>... groups) {
        return f.getValidator().validate(a, groups);
    }

    private static Set<String> messages(Set<ConstraintViolation<Applicant>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }

    @Test
    void validate_validValuesAndNulls_noViolations() {
        assertThat(validate(english, new Applicant())).isEmpty();
        Applicant nulls = new Applicant();
        nulls.idNumber = null;
        nulls.region = null;
        nulls.provider = null;
        nulls.certificate = null;
        assertThat(validate(english, nulls)).isEmpty();
    }

    @Test
    void validate_badCheckCharacter_englishMessageWithReason() {
        Applicant a = new Applicant();
        a.idNumber = "110105194912310021";
        assertThat(messages(validate(english, a)))
                .containsExactly("idNumber: is not a valid citizen identity number (check character mismatch)");
    }

    @Test
    void validate_badValues_chineseMessagesWithReason() {
        Applicant a = new Applicant();
        a.idNumber = "1101051949123100";
        a.region = "32";
        a.provider = "91350100M000100Y44";
        a.certificate = "11010519491231002X48";
        assertThat(messages(validate(chinese, a))).containsExactlyInAnyOrder(
                "idNumber: 不是有效的居民身份证号码（长度错误）",
                "region: 不是有效的行政区划代码（区划层级不符合要求）",
                "provider: 不是有效的统一社会信用代码（校验码错误）",
                "certificate: 不是有效的残疾人证号（超出范围）");
    }

    @Test
    void validate_messagesNeverContainTheValue() {
        Applicant a = new Applicant();
        a.idNumber = "11010519491231003X";
        assertThat(validate(english, a)).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).doesNotContain("11010519491231003X"));
    }

    @Test
    void validate_birthDateAfterClockProviderToday_rejected() {
        Applicant a = new Applicant();
        a.idNumber = "110105202606020021"; // born 2026-06-02, the day after the clock's today
        assertThat(messages(validate(english, a)))
                .containsExactly("idNumber: is not a valid citizen identity number (value out of range)");
    }

    @Test
    void validate_containerElements_validatesEachMember() {
        Applicant a = new Applicant();
        a.members = List.of("11010519491231002X", "11010519491231002Y");
        assertThat(validate(english, a)).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("members[1].<list element>"));
    }

    @Test
    void validate_repeatedConstraintInGroup_usesCustomMessageAsIs() {
        Applicant a = new Applicant();
        assertThat(validate(english, a)).isEmpty();
        assertThat(messages(validate(english, a, Strict.class))).containsExactly("twice: custom");
    }

    @ParameterizedTest
    @ValueSource(classes = {ValidIdNumber.class, ValidRegionCode.class, ValidCreditCode.class,
        ValidDisabilityCertificateNumber.class})
    void annotations_areDocumentedAndRepeatable(Class<?> annotation) throws Exception {
        assertThat(annotation.isAnnotationPresent(Documented.class)).isTrue();
        assertThat(annotation.isAnnotationPresent(Repeatable.class)).isTrue();
        assertThat(annotation.getMethod("message").getDefaultValue())
                .isEqualTo("{org.minzheng.core.validation." + annotation.getSimpleName() + ".message}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ValidationMessages", "ValidationMessages_zh_CN"})
    void messageBundles_contributorCopyAndChineseHaveSameKeys(String bundle) throws IOException {
        Properties english = load("ValidationMessages");
        Properties user = load(bundle);
        Properties contributor = load("Contributor" + bundle);
        assertThat(user).isEqualTo(contributor);
        assertThat(user.keySet()).isEqualTo(english.keySet());
        assertThat(user.keySet()).hasSize(12);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConstraintsTest.class.getResourceAsStream("/" + name + ".properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
