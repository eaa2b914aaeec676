package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class MinzhengModuleTest {

    record Sample(IdNumber id, RegionCode region, CreditCode org, DisabilityCertificateNumber cert,
            Money amount, LocalDate date, YearMonth month, Gender gender,
            Map<DisabilityCategory, Money> byCategory, Map<RegionCode, Integer> byRegion) {
    }

    record Amount(Money amount) {
    }

    record Count(int count, String label) {
    }

    private static final String ID = "11010519491231002X";
    private final JsonMapper mapper = MinzhengJson.mapper();

    private static Sample sample() {
        Map<DisabilityCategory, Money> byCategory = new TreeMap<>();
        byCategory.put(DisabilityCategory.PHYSICAL, Money.of("90.00"));
        byCategory.put(DisabilityCategory.VISUAL, Money.of("120.50"));
        return new Sample(IdNumber.parse(ID), RegionCode.parse("321112"),
                CreditCode.parse("91350100M000100Y43"),
                DisabilityCertificateNumber.parse("11010519491231002X42B1"), Money.of("1354.70"),
                LocalDate.of(2024, 7, 1), YearMonth.of(2024, 7), Gender.FEMALE, byCategory,
                Map.of(RegionCode.parse("3211"), 3));
    }

    @Test
    void write_coreTypes_useCanonicalStringsCodesAndIsoDates() {
        String json = mapper.writeValueAsString(sample());
        assertThat(json)
                .contains("\"id\":\"" + ID + "\"")
                .contains("\"region\":\"321112000000\"")
                .contains("\"org\":\"91350100M000100Y43\"")
                .contains("\"cert\":\"11010519491231002X42B1\"")
                .contains("\"amount\":\"1354.70\"")
                .contains("\"date\":\"2024-07-01\"")
                .contains("\"month\":\"2024-07\"")
                .contains("\"gender\":\"female\"")
                .contains("\"byCategory\":{\"visual\":\"120.50\",\"physical\":\"90.00\"}")
                .contains("\"byRegion\":{\"321100000000\":3}");
    }

    @Test
    void roundTrip_coreTypes_equalOriginal() {
        Sample s = sample();
        assertThat(mapper.readValue(mapper.writeValueAsString(s), Sample.class)).isEqualTo(s);
    }

    @Test
    void read_regionCodeInAnySpelling_isTheSameDivision() {
        assertThat(mapper.readValue("\"321100\"", RegionCode.class)).isEqualTo(RegionCode.parse("3211"));
        assertThat(mapper.readValue("\"321100000000\"", RegionCode.class)).isEqualTo(RegionCode.parse("3211"));
    }

    @Test
    void moneyAsNumber_writesExactNumber_andReadsBack() {
        JsonMapper numbers = MinzhengJson.jsonBuilder(
                MinzhengModule.builder().moneyFormat(MoneyFormat.NUMBER).build(), ReadLimits.DEFAULT).build();
        assertThat(numbers.writeValueAsString(new Amount(Money.of("0.10")))).isEqualTo("{\"amount\":0.10}");
        assertThat(numbers.writeValueAsString(new Amount(Money.of("12345678901234567.89"))))
                .isEqualTo("{\"amount\":12345678901234567.89}");
        assertThat(numbers.readValue("{\"amount\":999999999999.99}", Amount.class).amount())
                .isEqualTo(Money.of("999999999999.99"));
        // beyond what any store holds (DECIMAL(14,2)): refused where it is read
        assertThatThrownBy(() -> numbers.readValue("{\"amount\":12345678901234567.89}", Amount.class))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("money-range");
    }

    @Test
    void money_anyFenAmount_roundTripsInBothFormats() {
        JsonMapper numbers = MinzhengJson.jsonBuilder(
                MinzhengModule.builder().moneyFormat(MoneyFormat.NUMBER).build(), ReadLimits.DEFAULT).build();
        qt().withExamples(500).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
                .checkAssert(fen -> {
                    Amount a = new Amount(Money.ofFen(fen));
                    assertThat(mapper.readValue(mapper.writeValueAsString(a), Amount.class)).isEqualTo(a);
                    assertThat(numbers.readValue(numbers.writeValueAsString(a), Amount.class)).isEqualTo(a);
                });
    }

    @Test
    void readMoney_plainNumbersAndStrings_areAccepted() {
        assertThat(mapper.readValue("{\"amount\":870}", Amount.class).amount()).isEqualTo(Money.of("870.00"));
        assertThat(mapper.readValue("{\"amount\":870.5}", Amount.class).amount()).isEqualTo(Money.of("870.50"));
        assertThat(mapper.readValue("{\"amount\":\"-3.01\"}", Amount.class).amount()).isEqualTo(Money.of("-3.01"));
    }

    @Test
    void readMoney_floatsAndLossyNumbers_areErrorsNamingThePath() {
        for (String bad : new String[] {"870.005", "8.7E2", "1e-2", "\"1,354.70\"", "\"870.001\"",
                "\"¥870\"", "true", "\"\"", "\" 870\"", "[870]"}) {
            assertThatThrownBy(() -> mapper.readValue("{\"amount\":" + bad + "}", Amount.class))
                    .as(bad)
                    .isInstanceOf(DatabindException.class)
                    .satisfies(e -> assertThat(((DatabindException) e).getPathReference()).contains("amount"));
        }
    }

    @Test
    void readIdNumber_invalid_failsWithReasonAndWithoutTheNumber() {
        String bad = "110105194912310021";
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"" + bad + "\"}", Sample.class))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("[id-number.check]")
                .hasMessageContaining("110105********0021")
                .hasMessageContaining("\"id\"")
                .hasMessageNotContaining(bad)
                .hasMessageNotContaining("1949123100");
    }

    @Test
    void readCoded_byConstantNameOrOrdinal_isRejected() {
        assertThat(mapper.readValue("\"female\"", Gender.class)).isEqualTo(Gender.FEMALE);
        assertThatThrownBy(() -> mapper.readValue("\"FEMALE\"", Gender.class))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("[unknown-code] Unknown Gender code")
                .hasMessageContaining("[male, female]")
                .hasMessageContaining("(value: FEMALE)");
        assertThatThrownBy(() -> mapper.readValue("1", Gender.class)).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"byCategory\":{\"PHYSICAL\":\"1.00\"}}", Sample.class))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("DisabilityCategory");
    }

    @Test
    void read_unknownProperty_isRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1,\"label\":\"a\",\"extra\":2}", Count.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("extra");
    }

    @Test
    void read_duplicateKey_isRejectedInModelTypesAndTrees() {
        assertThatThrownBy(() -> mapper.readValue(
                "{\"id\":\"p-1\",\"name\":\"a\",\"name\":\"b\",\"birthDate\":\"2000-01-01\","
                        + "\"gender\":\"male\",\"hukou\":\"rural\"}", org.minzheng.core.registry.Person.class))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/name [duplicate-property]");
        assertThatThrownBy(() -> mapper.readTree("{\"count\":1,\"count\":2}"))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("Duplicate");
    }

    @Test
    void read_trailingTokens_areRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1,\"label\":\"a\"} {}", Count.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void read_scalarCoercions_areRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"count\":\"1\",\"label\":\"a\"}", Count.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1.5,\"label\":\"a\"}", Count.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1,\"label\":7}", Count.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\":null,\"label\":\"a\"}", Count.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"date\":\"2024-7-1\"}", Sample.class))
                .isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"date\":1719792000000}", Sample.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void read_overLimits_failsEarly() {
        JsonMapper small = MinzhengJson.jsonBuilder(MinzhengModule.create(),
                new ReadLimits(100, 3, 10, 8, 16)).build();
        assertThatThrownBy(() -> small.readTree("[[[[1]]]]"))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> small.readTree("\"" + "x".repeat(11) + "\""))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length");
        assertThatThrownBy(() -> small.readTree("123456789012"))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Number value length");
        assertThatThrownBy(() -> small.readTree(("[" + "1,".repeat(60) + "1]").getBytes()))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Document length");
        assertThat(small.readTree("[[1]]").size()).isEqualTo(1);
    }

    @Test
    void plainMoneyCheck_agreesWithTheGrammar() {
        java.util.regex.Pattern grammar = java.util.regex.Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d{1,2})?");
        qt().withExamples(2000).forAll(org.quicktheories.generators.SourceDSL.strings()
                .basicLatinAlphabet().ofLengthBetween(0, 6).map(x -> x.replaceAll("[^0-9.\\-]", "1")))
                .checkAssert(text -> assertThat(org.minzheng.json.internal.MoneyAccess.isPlain(text))
                        .as(text).isEqualTo(grammar.matcher(text).matches()));
    }

    @Test
    void limits_nonPositive_areRejected() {
        assertThatThrownBy(() -> new ReadLimits(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportMapper_masksIdentityAndCertificateNumbers_only() {
        String json = MinzhengJson.exportMapper().writeValueAsString(sample());
        assertThat(json)
                .contains("\"id\":\"110105************\"")
                .contains("\"cert\":\"110105************42B1\"")
                .contains("\"org\":\"91350100M000100Y43\"")
                .doesNotContain(ID);
    }

    @Test
    void exportedDocument_cannotBeReadBack() {
        String json = MinzhengJson.exportMapper().writeValueAsString(sample());
        assertThatThrownBy(() -> mapper.readValue(json, Sample.class)).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void yamlMapper_readsCoreTypes_andRejectsDuplicateKeys() {
        var yaml = MinzhengJson.yamlMapper(ReadLimits.DEFAULT);
        Amount a = yaml.readValue("amount: 870.00\n", Amount.class);
        assertThat(a.amount()).isEqualTo(Money.of("870.00"));
        assertThatThrownBy(() -> yaml.readValue("amount: 870.001\n", Amount.class))
                .isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> yaml.readValue("count: 1\ncount: 2\nlabel: a\n", Count.class))
                .hasMessageContaining("uplicate");
    }

    @Test
    void module_registeredTwice_isHarmless() {
        JsonMapper twice = MinzhengJson.jsonBuilder(MinzhengModule.create(), ReadLimits.DEFAULT)
                .addModule(MinzhengModule.create()).build();
        assertThat(twice.writeValueAsString(Money.of("1.00"))).isEqualTo("\"1.00\"");
    }
}
