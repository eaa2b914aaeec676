package org.minzheng.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.minzheng.core.identity.Generators.CLOCK;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/**
 * The legacy 15-digit identity number (GB 11643-1989): region, {@code yyMMdd} in the 1900s, a 3-digit sequence,
 * no check character. Its birth date must be a real date exactly like the 18-character number's (issue 12:
 * impossible birth dates in 15-digit numbers must not pass). The oracle is {@link LocalDate}, not the parser's
 * own calendar arithmetic.
 */
class LegacyIdNumberTest implements WithQuickTheories {

    /** The birth date 19yy-mm-dd, or null when that is no calendar date. */
    static LocalDate realDate(int yy, int mm, int dd) {
        try {
            return LocalDate.of(1900 + yy, mm, dd);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String legacy(int yy, int mm, int dd, int sequence) {
        return String.format("320102%02d%02d%02d%03d", yy, mm, dd, sequence);
    }

    @Test
    void impossibleBirthDates_areRefused_withReasonAndPosition() {
        // 1900 is not a leap year (divisible by 100, not by 400); 1996 is
        for (String s : List.of(
                legacy(0, 2, 29, 123),   // 1900-02-29
                legacy(81, 2, 29, 123),  // 1981-02-29
                legacy(96, 2, 30, 123),  // 1996-02-30
                legacy(80, 4, 31, 123),  // 31 April
                legacy(80, 13, 1, 123),  // month 13
                legacy(80, 0, 10, 123),  // month 00
                legacy(80, 1, 0, 123),   // day 00
                legacy(80, 1, 32, 123),  // day 32
                legacy(99, 99, 99, 999))) {
            InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                    () -> IdNumber.parse(s, CLOCK));
            assertThat(e).as(s).isNotNull();
            assertThat(e.reason()).as(s).isEqualTo(Reason.DATE);
            assertThat(e.position()).as(s).hasValue(7);
            assertThat(IdNumber.isValid(s)).as(s).isFalse();
            // the message never repeats the number
            assertThat(e.getMessage()).doesNotContain(s);
        }
    }

    @Test
    void possibleBirthDates_includingLeapDays_areAccepted() {
        assertThat(IdNumber.parse(legacy(96, 2, 29, 123), CLOCK).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(IdNumber.parse(legacy(0, 12, 31, 1), CLOCK).birthDate()).isEqualTo(LocalDate.of(1900, 12, 31));
        assertThat(IdNumber.parse(legacy(99, 1, 1, 2), CLOCK).birthDate()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(IdNumber.parse(legacy(80, 4, 30, 3), CLOCK).birthDate()).isEqualTo(LocalDate.of(1980, 4, 30));
    }

    @Test
    void anySixDigitDate_acceptedExactlyWhenItIsACalendarDate() {
        qt().withExamples(3_000).forAll(integers().between(0, 99), integers().between(0, 99),
                integers().between(0, 99), integers().between(0, 999)).checkAssert((yy, mm, dd, seq) -> {
                    String s = legacy(yy, mm, dd, seq);
                    LocalDate expected = realDate(yy, mm, dd);
                    if (expected == null) {
                        assertThatThrownBy(() -> IdNumber.parse(s, CLOCK))
                                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                                        e -> assertThat(e.reason()).isEqualTo(Reason.DATE));
                    } else {
                        IdNumber id = IdNumber.parse(s, CLOCK);
                        assertThat(id.birthDate()).isEqualTo(expected);
                        assertThat(id.value()).startsWith("320102" + (1900 + yy)).hasSize(18);
                        assertThat(id.gender()).isEqualTo(seq % 2 == 1 ? Gender.MALE : Gender.FEMALE);
                    }
                });
    }

    @Test
    void aNonDigit_isRefusedAtItsPosition() {
        for (int i = 0; i < 15; i++) {
            String s = legacy(80, 1, 1, 123);
            String bad = s.substring(0, i) + 'A' + s.substring(i + 1);
            int position = i + 1;
            assertThatThrownBy(() -> IdNumber.parse(bad, CLOCK))
                    .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CHARACTER);
                        assertThat(e.position()).hasValue(position);
                    });
        }
    }
}
