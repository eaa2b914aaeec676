package org.minzheng.core.identity;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quicktheories.core.Gen;

/**
 * Generators of valid identifiers for the property tests. Check characters are computed here
 * independently of the production code (weights written out, not derived), so that a wrong
 * weight in {@link IdNumber} or {@link CreditCode} fails the round-trip properties.
 */
final class Generators {

    /** The clock of the property tests: 1 June 2026, China Standard Time. */
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] CREDIT_WEIGHTS =
        {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Generators() {
    }

    /** A valid identity number: any address code, a birth date 1800-01-01 … 2026-06-01. */
    static Gen<String> idNumbers() {
        long first = LocalDate.of(1800, 1, 1).toEpochDay();
        long last = LocalDate.of(2026, 6, 1).toEpochDay();
        return integers().between(0, 999_999)
                .zip(longs().between(first, last), integers().between(0, 999),
                        (region, day, sequence) -> {
                            String body = String.format("%06d%s%03d", region,
                                    LocalDate.ofEpochDay(day).toString().replace("-", ""), sequence);
                            return body + idCheck(body);
                        })
                .describedAs(s -> s);
    }

    static char idCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** A valid credit code: any authority, type and organisation code, a 6-digit region part. */
    static Gen<String> creditCodes() {
        Gen<Character> letter = integers().between(0, 30).map(CREDIT_ALPHABET::charAt);
        Gen<String> nine = letter.zip(letter, letter, (a, b, c) -> "" + a + b + c)
                .zip(letter.zip(letter, letter, (a, b, c) -> "" + a + b + c),
                        letter.zip(letter, letter, (a, b, c) -> "" + a + b + c),
                        (a, b, c) -> a + b + c);
        return letter.zip(letter, integers().between(0, 999_999), nine,
                (authority, type, region, org) -> {
                    String body = "" + authority + type + String.format("%06d", region) + org;
                    return body + creditCheck(body);
                })
                .describedAs(s -> s);
    }

    static char creditCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(body17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** A valid region code in its short form (2, 4, 6, 9 or 12 significant digits). */
    static Gen<String> regionShortForms() {
        return integers().between(1, 99).zip(integers().between(1, 99), integers().between(1, 99),
                integers().between(1, 999), integers().between(1, 999),
                (p, c, k, t, v) -> String.format("%02d%02d%02d%03d%03d", p, c, k, t, v))
                .zip(integers().between(0, 4), (full, level) -> full.substring(0,
                        RegionLevel.values()[level].digits()))
                .describedAs(s -> s);
    }

    /** A valid disability certificate number, with or without a reissue suffix. */
    static Gen<String> certificateNumbers() {
        return idNumbers().zip(integers().between(1, 7), integers().between(1, 4),
                integers().between(0, 9),
                (id, category, grade, reissue) -> id + category + grade
                        + (reissue == 0 ? "" : "B" + reissue))
                .describedAs(s -> s);
    }
}
