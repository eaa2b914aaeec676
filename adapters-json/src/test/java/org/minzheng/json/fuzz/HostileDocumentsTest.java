package org.minzheng.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.cases.Case;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.json.InvalidDocumentException;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.TestData;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile JSON documents (issue 14), each with what the reader must say. Every one must hold the
 * {@linkplain ReaderProperty reader property}; a refused one must also name its rule or problem. The same
 * documents seed the fuzzer's corpus ({@link SeedCorpus}).
 */
class HostileDocumentsTest {

    private static final JsonMapper MAPPER = MinzhengJson.mapper();

    /** A hostile document: its type, its text, and a fragment the error must contain (null: it is valid). */
    record Hostile(String name, Class<?> type, String json, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String person(String name) {
        return MAPPER.writeValueAsString(TestData.person("p1", "张三", LocalDate.of(1970, 1, 1), 1))
                .replace("\"张三\"", "\"" + name + "\"");
    }

    static List<Hostile> all() {
        String household = MAPPER.writeValueAsString(TestData.household("h1"));
        String careVisit = MAPPER.writeValueAsString(TestData.careVisit());
        String aCase = MAPPER.writeValueAsString(TestData.dibaoCase());
        String income = "{\"kind\":\"wage\",\"monthlyAmount\":\"%s\",\"earner\":\"p1\"}";
        List<Hostile> h = new ArrayList<>();
        h.add(new Hostile("NUL in a name", Person.class, person("张\\u0000三"), "text-characters"));
        h.add(new Hostile("BEL in a name", Person.class, person("张\\u0007三"), "U+0007"));
        h.add(new Hostile("DEL in a name", Person.class, person("张\\u007f三"), "U+007F"));
        h.add(new Hostile("C1 control in a name", Person.class, person("张\\u0085三"), "U+0085"));
        h.add(new Hostile("lone high surrogate in a name", Person.class, person("张\\ud800三"), "unpaired surrogate"));
        h.add(new Hostile("lone low surrogate in a name", Person.class, person("张\\udc00"), "unpaired surrogate"));
        h.add(new Hostile("line break in a name", Person.class, person("张\\n三"), "line break"));
        h.add(new Hostile("non-character U+FFFF in a name", Person.class, person("张\\uffff"), "U+FFFF"));
        h.add(new Hostile("surrogate pair in a name is fine", Person.class, person("张\\ud842\\udfb7"), null));
        h.add(new Hostile("NUL in a person id", Person.class, person("张三").replace("\"p1\"", "\"p\\u0000\""),
                "text-characters"));
        h.add(new Hostile("raw control character in JSON", Person.class, person("张\u0001三"), "line"));
        h.add(new Hostile("null document", Person.class, "null", "null-document"));
        h.add(new Hostile("null household document", Household.class, " null ", "null-document"));
        h.add(new Hostile("null service record document", ServiceRecord.class, "null", "null-document"));
        h.add(new Hostile("empty document", Person.class, "", "line"));
        h.add(new Hostile("blank document", Person.class, " \n\t ", "line"));
        h.add(new Hostile("syntax error", Person.class, "{\"id\": }", "line: 1"));
        h.add(new Hostile("syntax error on line 3", Household.class, "{\n\"id\": \"h1\",\n\"region\" \"3211\"}",
                "line: 3"));
        h.add(new Hostile("unterminated string", Person.class, "{\"id\": \"p1", "line"));
        h.add(new Hostile("trailing content", Person.class, person("张三") + "{}", "line"));
        h.add(new Hostile("deep nesting", Person.class, "{\"parents\":" + "[".repeat(200), "line"));
        h.add(new Hostile("deep nesting in an unknown property", Household.class,
                "{\"x\":" + "[".repeat(200) + "]".repeat(200) + "}", "line"));
        h.add(new Hostile("number of 100 digits", Person.class, person("张三").replace("\"version\":0",
                "\"version\":1" + "0".repeat(99)), "line"));
        h.add(new Hostile("string of 70,000 characters", Person.class, person("x".repeat(70_000)), "line"));
        h.add(new Hostile("name of 300 characters", Person.class, "{\"" + "k".repeat(300) + "\":1}", "line"));
        h.add(new Hostile("unknown property of 200 characters", Person.class,
                person("张三").replace("\"version\"", "\"" + "u".repeat(200) + "\":1,\"version\""), "unknown-property"));
        h.add(new Hostile("long unknown token", Person.class, "{\"id\": true" + "x".repeat(500) + "}", "line"));
        h.add(new Hostile("name as a number (coercion)", Person.class, person("张三").replace("\"张三\"", "12"),
                "wrong-type"));
        h.add(new Hostile("impossible date", Person.class, person("张三").replace("1970-01-01\",\"gender",
                "1970-02-30\",\"gender"), "birthDate"));
        h.add(new Hostile("birth date in the future", Person.class, person("张三").replace("1970-01-01\",\"gender",
                "2999-01-01\",\"gender"), "birthDate"));
        h.add(new Hostile("long unknown code", Person.class, person("张三").replace("\"male\"",
                "\"" + "m".repeat(300) + "\""), "unknown-code"));
        h.add(new Hostile("long region code", Household.class, household.replace("\"321112100000\"",
                "\"" + "3".repeat(500) + "\""), "region"));
        h.add(new Hostile("long malformed identity number", Person.class, person("张三").replace("321112197001010015",
                "3".repeat(300)), "idNumber"));
        h.add(new Hostile("money of 10^60", Income.class, String.format(income, "1" + "0".repeat(60)), "money-range"));
        h.add(new Hostile("money of 10^12", Income.class, String.format(income, "1000000000000"), "money-range"));
        h.add(new Hostile("money of -10^12", Income.class, String.format(income, "-1000000000000.00"),
                "money-range"));
        h.add(new Hostile("largest money", Income.class, String.format(income, "999999999999.99"), null));
        h.add(new Hostile("money in exponent notation", Income.class, "{\"kind\":\"wage\",\"monthlyAmount\":1.2E3}",
                "money-format"));
        h.add(new Hostile("money with three decimals", Income.class, String.format(income, "1.005"), "money-format"));
        h.add(new Hostile("money of 60 digits as a number", Income.class,
                "{\"kind\":\"wage\",\"monthlyAmount\":" + "9".repeat(60) + "}", "money-range"));
        h.add(new Hostile("household with a bad member and an income of that member", Household.class,
                household.replace("\"张建国\"", "\"\""), "not-blank"));
        h.add(new Hostile("NUL in an address", Household.class, household.replace("高桥镇某村12号", "高桥\\u0000镇"),
                "text-characters"));
        h.add(new Hostile("line break in an address", Household.class, household.replace("高桥镇某村12号", "高桥\\n镇"),
                "line break"));
        h.add(new Hostile("line break in free text is fine", ServiceRecord.class,
                careVisit.replace("身体尚可", "身体尚可\\n饮食正常"), null));
        h.add(new Hostile("tab in free text is fine", ServiceRecord.class, careVisit.replace("身体尚可", "身体\\t尚可"),
                null));
        h.add(new Hostile("NUL in free text", ServiceRecord.class, careVisit.replace("身体尚可", "身体\\u0000尚可"),
                "text-characters"));
        h.add(new Hostile("unknown service-record kind", ServiceRecord.class,
                careVisit.replace("\"care-visit\"", "\"" + "k".repeat(100) + "\""), "unknown-code"));
        h.add(new Hostile("null in a list", Case.class, aCase.replace("\"history\":[", "\"history\":[null,"),
                "required"));
        h.add(new Hostile("array for an object", Person.class, "[]", "wrong-type"));
        h.add(new Hostile("a number for a document", Household.class, "1", "wrong-type"));
        h.add(new Hostile("date as a 45-digit number (found by fuzzing)", Person.class, person("张三").replace(
                "\"since\":\"1970-01-01\"", "\"since\":" + "3".repeat(45)), "line"));
        h.add(new Hostile("a document that is one 80-digit number (found by fuzzing)", Household.class,
                "-" + "1".repeat(80), "Number value length"));
        h.add(new Hostile("UTF-32 cut in the middle of a character (found by fuzzing)", Person.class,
                "\u0000\u0000\u0000{\u0000\u0000\u0000", "UTF-32"));
        h.add(new Hostile("service record with a key of 300 characters (found by fuzzing)", ServiceRecord.class,
                careVisit.replace("\"findings\"", "\"" + "f".repeat(300) + "\""), "line"));
        h.add(new Hostile("float exponent beyond BigDecimal in a service record (found by fuzzing)",
                ServiceRecord.class, "{\"kind\":1e1000000999999999999}", "out of range"));
        h.add(new Hostile("float exponent beyond BigDecimal in a household", Household.class,
                household.replace("\"version\":3", "\"version\":1e1000000999999999999"), "line"));
        h.add(new Hostile("duplicate key of 70 characters in a service record (found by fuzzing)",
                ServiceRecord.class, careVisit.replace("\"findings\":\"身体尚可\"", "\"" + "f".repeat(70)
                + "\":1,\"" + "f".repeat(70) + "\":2"), "duplicate-property"));
        h.add(new Hostile("NaN", Income.class, "{\"kind\":\"wage\",\"monthlyAmount\":NaN}", "line"));
        h.add(new Hostile("duplicate property", Person.class, person("张三").replace("\"version\":0",
                "\"version\":0,\"version\":1"), "duplicate-property"));
        h.add(new Hostile("NUL in a key", Person.class, person("张三").replace("\"version\"", "\"ver\\u0000sion\""),
                "unknown-property"));
        return h;
    }

    static Stream<Hostile> documents() {
        return all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void hostileDocument_holdsTheReaderProperty(Hostile h) {
        byte[] bytes = h.json().getBytes(StandardCharsets.UTF_8);
        JsonDocumentsFuzzTest.check(h.type(), bytes);
        if (h.expect() == null) {
            assertThat(MAPPER.readValue(bytes, h.type())).isNotNull();
        } else {
            assertThatThrownBy(() -> MAPPER.readValue(bytes, h.type())).isInstanceOf(JacksonException.class)
                    .hasMessageContaining(h.expect());
        }
    }

    @Test
    void badMember_doesNotAddASpuriousEarnerIsMemberViolation() {
        String household = MAPPER.writeValueAsString(TestData.household("h1")).replace("\"张建国\"", "\"\"");
        InvalidDocumentException e = (InvalidDocumentException) org.assertj.core.api.Assertions.catchThrowable(
                () -> MAPPER.readValue(household, Household.class));
        assertThat(e.violations()).extracting(v -> v.rule()).contains("not-blank").doesNotContain("earner-is-member");
        // a real earner-is-member violation is still reported when the members read
        String ghost = MAPPER.writeValueAsString(TestData.household("h1")).replace("\"earner\":\"h1-h\"",
                "\"earner\":\"ghost\"");
        assertThatThrownBy(() -> MAPPER.readValue(ghost, Household.class)).hasMessageContaining("earner-is-member");
    }

    @Test
    void syntaxAndLimitErrors_nameLineAndColumn_neverAByteOffset() {
        assertThatThrownBy(() -> MAPPER.readValue("{\n\"id\": }".getBytes(StandardCharsets.UTF_8), Person.class))
                .hasMessageContaining("line: 2, column: 7").hasMessageNotContaining("#UNKNOWN");
        assertThatThrownBy(() -> MAPPER.readValue(("{\"version\":\n1" + "0".repeat(99) + "}")
                .getBytes(StandardCharsets.UTF_8), Person.class)).hasMessageContaining("line: 2")
                .hasMessageContaining("(at /version)");
        assertThatThrownBy(() -> MAPPER.readValue(new java.io.ByteArrayInputStream(new byte[0]), Person.class))
                .hasMessageContaining("line: 1").hasMessageNotContaining("#UNKNOWN");
    }
}
