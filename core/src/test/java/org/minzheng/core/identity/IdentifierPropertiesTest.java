package org.minzheng.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.minzheng.core.identity.Generators.CLOCK;

import java.time.LocalDate;
import java.time.Year;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** Invariants of the identifiers, checked on generated input (QuickTheories). */
class IdentifierPropertiesTest implements WithQuickTheories {

    private static final int EXAMPLES = 2_000;

    @Test
    void idNumber_generatedValid_roundTripsThroughParseAndValue() {
        qt().withExamples(EXAMPLES).forAll(Generators.idNumbers()).checkAssert(s -> {
            IdNumber id = IdNumber.parse(s, CLOCK);
            assertThat(id.value()).isEqualTo(s);
            assertThat(IdNumber.parse(id.value(), CLOCK)).isEqualTo(id);
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14))));
            assertThat(id.gender()).isEqualTo(
                    (s.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
            assertThat(id.regionCode()).isEqualTo(s.substring(0, 6));
        });
    }

    @Test
    void idNumber_lowerCaseInput_equalsUpperCase() {
        // About one generated number in eleven has the check character X.
        qt().withExamples(EXAMPLES).forAll(Generators.idNumbers()).checkAssert(s ->
                assertThat(IdNumber.parse(s.toLowerCase(), CLOCK).value()).isEqualTo(s));
    }

    @Test
    void idNumber_legacyFifteenDigits_upgradeToTheEighteenDigitNumber() {
        qt().withExamples(EXAMPLES).forAll(Generators.idNumbers()).checkAssert(s -> {
            String legacy = s.substring(0, 6) + s.substring(8, 17);
            String body = s.substring(0, 6) + "19" + s.substring(8, 17);
            if (body.startsWith("0229", 10) && !Year.isLeap(Integer.parseInt(body.substring(6, 10)))) {
                assertThat(catchThrowable(() -> IdNumber.parse(legacy, CLOCK)))
                        .isInstanceOf(InvalidIdentifierException.class);
            } else {
                assertThat(IdNumber.parse(legacy, CLOCK).value()).isEqualTo(body + Generators.idCheck(body));
            }
        });
    }

    /**
     * Every single-character substitution (by a digit or X) of a valid number is rejected:
     * changing digit i from a to b changes the sum by (b − a)·Wᵢ, and 11 divides neither factor.
     */
    @Test
    void idNumber_everySingleSubstitution_isRejected() {
        String alphabet = "0123456789X";
        qt().withExamples(200).forAll(Generators.idNumbers()).checkAssert(s -> {
            for (int i = 0; i < 18; i++) {
                for (int k = 0; k < alphabet.length(); k++) {
                    char replacement = alphabet.charAt(k);
                    if (replacement == s.charAt(i)) {
                        continue;
                    }
                    String mutated = s.substring(0, i) + replacement + s.substring(i + 1);
                    assertRejectedAsTypo(mutated);
                }
            }
        });
    }

    /**
     * Every transposition of two different adjacent characters of a valid number is rejected:
     * swapping a and b at i, i+1 changes the sum by (a − b)(Wᵢ − Wᵢ₊₁) = (a − b)·Wᵢ₊₁ (mod 11).
     */
    @Test
    void idNumber_everyAdjacentTransposition_isRejected() {
        qt().withExamples(EXAMPLES).forAll(Generators.idNumbers()).checkAssert(s -> {
            for (int i = 0; i < 17; i++) {
                if (s.charAt(i) == s.charAt(i + 1)) {
                    continue;
                }
                String mutated = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
                assertRejectedAsTypo(mutated);
            }
        });
    }

    private static void assertRejectedAsTypo(String mutated) {
        Throwable thrown = catchThrowable(() -> IdNumber.parse(mutated, CLOCK));
        assertThat(thrown).as("accepted the typo %s", mutated)
                .isInstanceOf(InvalidIdentifierException.class);
        assertThat(((InvalidIdentifierException) thrown).reason()).as(mutated)
                .isIn(Reason.CHECK, Reason.CHARACTER);
    }

    /**
     * The algebraic core of the two properties above, exhaustively: for every position i and
     * every pair of different digits a, b, (a − b)·Wᵢ ≢ 0 and (a − b)(Wᵢ − Wᵢ₊₁) ≢ 0 (mod 11);
     * and a check value v swapped with the last digit d ≠ v is caught because the sum then
     * changes by 2(v − d) while the check must change by d − v, so 3(v − d) ≡ 0, impossible.
     */
    @Test
    void mod11_2Weights_detectEverySubstitutionAndTransposition() {
        int[] w = Generators.ID_WEIGHTS;
        for (int i = 0; i < 17; i++) {
            assertThat(w[i]).isEqualTo((1 << (17 - i)) % 11);
            for (int a = 0; a <= 9; a++) {
                for (int b = 0; b <= 9; b++) {
                    if (a == b) {
                        continue;
                    }
                    assertThat(Math.floorMod((a - b) * w[i], 11)).isNotZero();
                    if (i < 16) {
                        assertThat(Math.floorMod((a - b) * (w[i] - w[i + 1]), 11)).isNotZero();
                    }
                }
            }
        }
        for (int d = 0; d <= 9; d++) {
            for (int v = 0; v <= 10; v++) {
                if (v != d) {
                    assertThat(Math.floorMod(3 * (v - d), 11)).isNotZero();
                }
            }
        }
    }

    @Test
    void creditCode_generatedValid_roundTripsAndDecodes() {
        qt().withExamples(EXAMPLES).forAll(Generators.creditCodes()).checkAssert(s -> {
            CreditCode code = CreditCode.parse(s);
            assertThat(code.value()).isEqualTo(s);
            assertThat(code.checkCharacterValid()).isTrue();
            assertThat(CreditCode.parse(s.toLowerCase())).isEqualTo(code);
            assertThat(code.registrationAuthority()).isEqualTo(s.charAt(0));
            assertThat(code.entityType()).isEqualTo(s.charAt(1));
            assertThat(code.regionCode()).isEqualTo(s.substring(2, 8));
        });
    }

    @Test
    void creditCode_everySingleSubstitutionAndTransposition_failsTheCheck() {
        qt().withExamples(100).forAll(Generators.creditCodes()).checkAssert(s -> {
            for (int i = 0; i < 18; i++) {
                for (int k = 0; k < 31; k++) {
                    char replacement = Generators.CREDIT_ALPHABET.charAt(k);
                    if (replacement != s.charAt(i) && (i < 2 || i > 7 || replacement <= '9')) {
                        String mutated = s.substring(0, i) + replacement + s.substring(i + 1);
                        assertThat(CreditCode.isValid(mutated)).as(mutated).isFalse();
                        assertThat(CreditCode.parseLenient(mutated).checkCharacterValid()).isFalse();
                    }
                }
                if (i < 17 && s.charAt(i) != s.charAt(i + 1)) {
                    String swapped = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
                    assertThat(CreditCode.isValid(swapped)).as(swapped).isFalse();
                }
            }
        });
    }

    @Test
    void regionCode_generated_roundTripsAndKnowsItsAncestors() {
        qt().withExamples(EXAMPLES).forAll(Generators.regionShortForms()).checkAssert(s -> {
            RegionCode code = RegionCode.parse(s);
            assertThat(code.shortForm()).isEqualTo(s);
            assertThat(code.value()).hasSize(12).startsWith(s);
            assertThat(RegionCode.parse(code.value())).isEqualTo(code);
            if (s.length() <= 6) {
                assertThat(RegionCode.parse(code.sixDigitForm())).isEqualTo(code);
            }
            assertThat(code.level().digits()).isEqualTo(s.length());
            assertThat(code.selfAndAncestors()).first().isEqualTo(code);
            assertThat(code.selfAndAncestors()).last()
                    .satisfies(p -> assertThat(p.level()).isEqualTo(RegionLevel.PROVINCE));
            assertThat(code.selfAndAncestors()).allSatisfy(a -> assertThat(a.contains(code)).isTrue());
            code.parent().ifPresent(p -> assertThat(code.contains(p)).isFalse());
        });
    }

    @Test
    void disabilityCertificate_generatedValid_roundTrips() {
        qt().withExamples(EXAMPLES).forAll(Generators.certificateNumbers()).checkAssert(s -> {
            DisabilityCertificateNumber n = DisabilityCertificateNumber.parse(s, CLOCK);
            assertThat(n.value()).isEqualTo(s);
            assertThat(n.idNumber().value()).isEqualTo(s.substring(0, 18));
            assertThat(n.category().digit()).isEqualTo(s.charAt(18) - '0');
            assertThat(n.grade()).isEqualTo(s.charAt(19) - '0');
            assertThat(n.isSevere()).isEqualTo(n.grade() <= 2);
            assertThat(n.reissue().isPresent()).isEqualTo(s.length() == 22);
        });
    }

    @Test
    void allParsers_randomStrings_throwOnlyInvalidIdentifierException() {
        Gen<String> anything = strings().allPossible().ofLengthBetween(0, 24)
                .mix(strings().numeric().map(n -> n.replace("-", "")))
                .mix(strings().betweenCodePoints('0', 'Z').ofLengthBetween(14, 23))
                .mix(Generators.idNumbers().zip(integers().between(0, 17),
                        strings().allPossible().ofLength(1), (s, i, c) -> s.substring(0, i) + c + s.substring(i + 1)));
        qt().withExamples(3_000).forAll(anything).checkAssert(s -> {
            assertOnlyInvalidIdentifier(s, t -> IdNumber.parse(t, CLOCK));
            assertOnlyInvalidIdentifier(s, IdNumber::parse);
            assertOnlyInvalidIdentifier(s, RegionCode::parse);
            assertOnlyInvalidIdentifier(s, CreditCode::parse);
            assertOnlyInvalidIdentifier(s, CreditCode::parseLenient);
            assertOnlyInvalidIdentifier(s, t -> DisabilityCertificateNumber.parse(t, CLOCK));
        });
    }

    private static void assertOnlyInvalidIdentifier(String s, Function<String, ?> parse) {
        Throwable thrown = catchThrowable(() -> parse.apply(s));
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(InvalidIdentifierException.class);
            InvalidIdentifierException e = (InvalidIdentifierException) thrown;
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
            if (s.length() >= 11) {
                assertThat(e.getMessage()).doesNotContain(s);
            }
        }
    }

    @Test
    void masking_neverRevealsMoreThanTenCharacters() {
        qt().withExamples(EXAMPLES).forAll(Generators.certificateNumbers(), Generators.creditCodes())
                .checkAssert((certificate, credit) -> {
                    DisabilityCertificateNumber n = DisabilityCertificateNumber.parse(certificate, CLOCK);
                    for (Object identifier : new Object[] {n, n.idNumber(), CreditCode.parse(credit)}) {
                        String masked = identifier.toString();
                        assertThat(masked.chars().filter(c -> c != '*').count())
                                .as(masked).isLessThanOrEqualTo(10);
                    }
                    assertThat(n.idNumber().masked()).hasSize(18);
                });
    }
}
