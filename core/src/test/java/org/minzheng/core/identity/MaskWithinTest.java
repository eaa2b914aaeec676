package org.minzheng.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.service.ServiceRecordId;

/** {@link IdNumber#maskWithin(String)} and the identifiers whose {@code toString} uses it. */
class MaskWithinTest {

    private static final String ID = "11010519491231002X";

    @Test
    void identityNumberInsideAnIdentifier_losesItsBirthDate() {
        assertThat(IdNumber.maskWithin("P-" + ID)).isEqualTo("P-110105********002X");
        assertThat(IdNumber.maskWithin(ID.toLowerCase())).isEqualTo("110105********002x");
        assertThat(IdNumber.maskWithin("dibao-" + ID + "-2022")).isEqualTo("dibao-110105********002X-2022");
        // the old 15-digit form: region, yyMMdd, sequence; the 6 birth digits are hidden
        assertThat(IdNumber.maskWithin("110105491231002")).isEqualTo("110105******002");
        // a disability certificate number: identity number, category and grade
        assertThat(IdNumber.maskWithin(ID.substring(0, 17) + "742")).isEqualTo("110105**********2742");
    }

    @Test
    void shortNumbersAndOtherText_areKept() {
        assertThat(IdNumber.maskWithin("H-321112100-000123")).isEqualTo("H-321112100-000123");
        assertThat(IdNumber.maskWithin("12345678901234")).isEqualTo("12345678901234");
        assertThat(IdNumber.maskWithin("张三 X 2022-10")).isEqualTo("张三 X 2022-10");
        assertThat(IdNumber.maskWithin(null)).isEqualTo("null");
    }

    @Test
    void everyIdentifierType_masksInToString_andKeepsTheValue() {
        assertThat(PersonId.of(ID)).hasToString("110105********002X").extracting(PersonId::value).isEqualTo(ID);
        assertThat(HouseholdId.of("H" + ID)).hasToString("H110105********002X");
        assertThat(CaseId.of("senior-" + ID)).hasToString("senior-110105********002X");
        assertThat(ServiceRecordId.of(ID + "-1")).hasToString("110105********002X-1");
        assertThat(FacilityId.of(ID)).hasToString("110105********002X");
        assertThat(SubjectRef.person(PersonId.of(ID))).hasToString("person:110105********002X");
        assertThat(PersonId.of("p-17")).hasToString("p-17");
    }

    @Test
    void anyValidIdentityNumber_anywhereInAText_neverShowsItsBirthDate() {
        qt().withExamples(500).forAll(Generators.idNumbers(), strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                strings().basicLatinAlphabet().ofLengthBetween(0, 8), integers().between(0, 1)).checkAssert(
                        (id, before, after, lower) -> {
                            String number = lower == 1 ? id.toLowerCase() : id;
                            // a digit right next to the number would make a longer run: still masked, differently
                            String text = trimDigits(before, true) + number + trimDigits(after, false);
                            String masked = IdNumber.maskWithin(text);
                            assertThat(masked).hasSameSizeAs(text).doesNotContain(number)
                                    .doesNotContain(id.substring(6, 14));
                            int at = trimDigits(before, true).length();
                            assertThat(masked.substring(at, at + 6)).isEqualTo(id.substring(0, 6));
                            assertThat(masked.substring(at + 6, at + 14)).isEqualTo("********");
                        });
    }

    @Test
    void textWithoutLongDigitRuns_isUnchanged() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
            String masked = IdNumber.maskWithin(text);
            if (!text.matches("(?s).*[0-9]{14}[0-9Xx].*")) {
                assertThat(masked).isEqualTo(text);
            } else {
                assertThat(masked).hasSameSizeAs(text).contains("*");
            }
        });
    }

    private static String trimDigits(String s, boolean atEnd) {
        String t = s;
        while (!t.isEmpty() && Character.isDigit(atEnd ? t.charAt(t.length() - 1) : t.charAt(0))) {
            t = atEnd ? t.substring(0, t.length() - 1) : t.substring(1);
        }
        // an X right after the number would be taken as part of it
        if (!atEnd && !t.isEmpty() && (t.charAt(0) == 'X' || t.charAt(0) == 'x')) {
            t = "-" + t.substring(1);
        }
        return t;
    }
}
