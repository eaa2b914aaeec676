package org.minzheng.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    private static final Clock CLOCK_2026 =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void parse_standardExampleFemale_decodesBirthDateAndGender() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.regionCode()).isEqualTo("110105");
    }

    @Test
    void parse_standardExampleMale_decodesBirthDateAndGender() {
        IdNumber id = IdNumber.parse("440524188001010014");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(IdNumber.isValid("34052419800101001X")).isTrue();
    }

    @Test
    void parse_lowerCaseX_storesUpperCase() {
        IdNumber id = IdNumber.parse("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id).isEqualTo(IdNumber.parse("11010519491231002X"));
        assertThat(id.hashCode()).isEqualTo(IdNumber.parse("11010519491231002X").hashCode());
    }

    @Test
    void parse_legacyFifteenDigits_upgradesWithCentury19AndCheck() {
        // 11010519491231002X without "19" and without the check character.
        IdNumber id = IdNumber.parse("110105491231002");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void checkCharacter_ofPublishedExamples_matchesTheirLastCharacter() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.checkCharacter(new StringBuilder("34052419800101001"))).isEqualTo('X');
        assertThat(IdNumber.complete("11010519491231002")).isEqualTo("11010519491231002X");
    }

    @Test
    void checkCharacter_agreesWithTheIndependentReferenceForEveryLastDigitAndSequence() {
        for (int sequence = 0; sequence < 1000; sequence++) {
            String body = String.format("32111219600229%03d", sequence);
            assertThat(IdNumber.complete(body)).isEqualTo(withCheck(body));
            assertThat(IdNumber.parse(IdNumber.complete(body), CLOCK_2026).value()).isEqualTo(withCheck(body));
        }
    }

    @Test
    void checkCharacter_badInput_isRefusedWithItsPosition() {
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.checkCharacter("1101051949123100")).reason()).isEqualTo(Reason.LENGTH);
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.checkCharacter("11010519491231002X")).reason()).isEqualTo(Reason.LENGTH);
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.complete("1101051949123100A"));
        assertThat(e.reason()).isEqualTo(Reason.CHARACTER);
        assertThat(e.position()).hasValue(17);
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.checkCharacter(null)).reason()).isEqualTo(Reason.NULL);
    }

    @Test
    void toString_isMaskedToFirstSixAndLastFour() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat(id.masked()).isEqualTo(id.toString());
    }

    @Test
    void ageOn_beforeAndOnBirthday_countsCompletedYears() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.ageOn(LocalDate.of(2019, 12, 30))).isEqualTo(69);
        assertThat(id.ageOn(LocalDate.of(2019, 12, 31))).isEqualTo(70);
        assertThat(id.ageOn(LocalDate.of(1949, 12, 31))).isZero();
        assertThatThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(nullValues = "<null>", value = {
        "<null>, NULL, 0",
        "'', LENGTH, 0",
        "11010519491231002, LENGTH, 0",
        "11010519491231002XX, LENGTH, 0",
        "1101051949123100X2, CHARACTER, 17",
        "A1010519491231002X, CHARACTER, 1",
        "11010519491231002Y, CHARACTER, 18",
        "110105194912310021, CHECK, 18",
        "11010519491231003X, CHECK, 18",
        "11010549491231002X, CHECK, 18",
        "11010A491231002, CHARACTER, 6",
    })
    void parse_invalidInput_reportsReasonAndPosition(String input, Reason reason, int position) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.parse(input, CLOCK_2026));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IdentifierKind.ID_NUMBER);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.position().orElse(0)).isEqualTo(position);
        assertThat(e.messageZh()).isNotBlank();
        assertThat(e.messageEn()).isNotBlank();
        if (input != null && !input.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(input);
        }
    }

    @Test
    void parse_impossibleDates_rejectedWithDate() {
        // Valid check characters computed for each body.
        assertThat(reasonOf(withCheck("11010519490231002"))).isEqualTo(Reason.DATE); // 31 Feb
        assertThat(reasonOf(withCheck("11010519491301002"))).isEqualTo(Reason.DATE); // month 13
        assertThat(reasonOf(withCheck("11010519000229002"))).isEqualTo(Reason.DATE); // 1900 not leap
        assertThat(reasonOf(withCheck("11010520000229002"))).isNull();                 // 2000 leap
        assertThat(reasonOf(withCheck("11010517991231002"))).isEqualTo(Reason.RANGE); // before 1800
    }

    @Test
    void parse_birthDateAfterClockToday_rejectedWithRange() {
        assertThat(reasonOf(withCheck("11010520260601002"))).isNull();
        assertThat(reasonOf(withCheck("11010520260602002"))).isEqualTo(Reason.RANGE);
    }

    @Test
    void parse_withSystemClock_acceptsTodayInChinaAndRejectsTomorrow() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.ofHours(8));
        String born = "110105" + today.toString().replace("-", "") + "002";
        String tomorrow = "110105" + today.plusDays(1).toString().replace("-", "") + "002";
        assertThat(IdNumber.parse(withCheck(born)).birthDate()).isEqualTo(today);
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> IdNumber.parse(withCheck(tomorrow))).reason()).isEqualTo(Reason.RANGE);
        assertThat(IdNumber.isValid(withCheck(tomorrow))).isFalse();
    }

    private static Reason reasonOf(String id) {
        try {
            IdNumber.parse(id, CLOCK_2026);
            return null;
        } catch (InvalidIdentifierException e) {
            return e.reason();
        }
    }

    /** Independent reference implementation of the GB 11643 check character. */
    static String withCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * (1 << (17 - i)) % 11;
        }
        return body17 + "10X98765432".charAt(sum % 11);
    }
}
