package org.minzheng.tck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.tck.cases.CaseFileException;
import org.minzheng.tck.cases.PolicyCaseFiles;

/**
 * Hostile policy-case files (issue 14), each with the line and a fragment its problem must name. Every
 * one must hold the reader property of {@link PolicyCaseFilesFuzzTest}. The same files seed the fuzzer.
 */
class HostileCaseFilesTest {

    private static final org.minzheng.runtime.Programs PROGRAMS = org.minzheng.runtime.Programs.builtIn();

    /** A hostile file: name (its extension chooses the format), content, line and message fragment (null: valid). */
    record Hostile(String name, String file, String content, int line, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One 低保 case; %1$s birth of the head, %2$s amount expected, %3$s the head's name line. */
    static final String CASE = """
            - name: 三口之家
              program: dibao
              period: 2022-10
              region: "321112"
              household:
                hukou: rural
                members:
                  - relation: head
                    birth: %1$s
                    gender: male
                    name: %3$s
                    incomes: {wage: 1200.00}
              expect:
                eligible: true
                amount: %2$s
            """;

    static String dibao(String birth, String amount, String name) {
        return String.format(CASE, birth, amount, name);
    }

    static List<Hostile> all() {
        List<Hostile> h = new ArrayList<>();
        h.add(new Hostile("a valid file", "c.yaml", dibao("1977-03-01", "1497.00", "张三"), 0, null));
        h.add(new Hostile("head born after the period", "c.yaml", dibao("2030-01-01", "0.00", "张三"), 9,
                "after the period"));
        h.add(new Hostile("head born the day after the period", "c.yaml", dibao("2022-11-01", "0.00", "张三"), 9,
                "after the period"));
        h.add(new Hostile("born on the last day of the period is fine to read", "c.yaml",
                dibao("2022-10-31", "1497.00", "张三"), 0, null));
        h.add(new Hostile("birth in the year 0", "c.yaml", dibao("0000-01-01", "1497.00", "张三"), 9, "1900-01-01"));
        h.add(new Hostile("amount of 10^60", "c.yaml", dibao("1977-03-01", "1" + "0".repeat(60), "张三"), 15,
                "out of range"));
        h.add(new Hostile("amount of 10^12", "c.yaml", dibao("1977-03-01", "1000000000000.00", "张三"), 15,
                "out of range"));
        h.add(new Hostile("income of 10^60", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("wage: 1200.00", "wage: 1" + "0".repeat(60)), 12, "out of range"));
        h.add(new Hostile("amount in exponent notation", "c.yaml", dibao("1977-03-01", "1.497E3", "张三"), 15,
                "expected an amount"));
        h.add(new Hostile("hours in exponent notation", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                + "    hours: 1e999999999\n", 16, "plain notation"));
        h.add(new Hostile("period in the year 10000", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("2022-10", "+10000-10"), 3, "outside"));
        h.add(new Hostile("period before 1949", "c.yaml", dibao("1900-03-01", "1497.00", "张三")
                .replace("2022-10", "1900-10"), 3, "1949-10"));
        h.add(new Hostile("NUL in a name (JSON escape in YAML)", "c.yaml", dibao("1977-03-01", "1497.00",
                "\"张\\0三\""), 11, "U+0000"));
        h.add(new Hostile("lone surrogate in a name", "c.json", "[{\"name\":\"a\\ud800\"}]", 1, "surrogate"));
        h.add(new Hostile("BEL in a name", "c.json", "[{\"name\":\"a\\u0007\"}]", 1, "U+0007"));
        h.add(new Hostile("line break in a name", "c.yaml", dibao("1977-03-01", "1497.00", "\"张\\n三\""), 11,
                "line break"));
        h.add(new Hostile("NUL in a key", "c.json", "[{\"na\\u0000me\":\"a\"}]", 1, "U+0000"));
        h.add(new Hostile("alias for a name", "c.yaml", dibao("1977-03-01", "1497.00", "*n")
                .replace("- name: 三口之家", "- name: &n 三口之家"), 11, "alias"));
        h.add(new Hostile("undefined alias", "c.yaml", dibao("1977-03-01", "1497.00", "*nothing"), 11, "alias"));
        h.add(new Hostile("anchored household reused by an alias", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("  household:\n", "  household: &h\n") + dibao("1977-03-01", "1497.00", "张三")
                .replace("三口之家", "二").replaceAll("(?s)  household:.*?  expect:", "  household: *h\n  expect:"), 5,
                "anchor"));
        h.add(new Hostile("explicit tag", "c.yaml", dibao("1977-03-01", "!!float 1497", "张三"), 15, "tag"));
        h.add(new Hostile("null document", "c.yaml", "null\n", 1, "list of cases"));
        h.add(new Hostile("null document (JSON)", "c.json", "null", 1, "list of cases"));
        h.add(new Hostile("empty file", "c.yaml", "", 1, "empty"));
        h.add(new Hostile("JSON syntax error", "c.json", "[{]", 1, "not valid JSON"));
        h.add(new Hostile("YAML syntax error on line 3", "c.yaml", "- name: a\n  program: dibao\n  x: [1,\n  y: {\n",
                5, "not valid YAML"));
        h.add(new Hostile("string over the limit on line 2", "c.yaml", "- program: dibao\n  name: "
                + "x".repeat(5000) + "\n", 2, "not valid YAML"));
        h.add(new Hostile("number over the limit", "c.json", "[{\"name\":\"a\",\n\"period\":1" + "0".repeat(80)
                + "}]", 2, "not valid JSON"));
        h.add(new Hostile("nesting over the limit", "c.json", "[{\"name\":\"a\",\n\"household\":" + "[".repeat(40),
                2, "not valid JSON"));
        h.add(new Hostile("long unknown key", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("  program:", "  " + "k".repeat(200) + ": 1\n  program:"), 2, "unknown key"));
        h.add(new Hostile("long unknown code", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("program: dibao", "program: " + "d".repeat(300)), 2, "unknown program"));
        h.add(new Hostile("standards override of 10^60", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("  household:\n", "  standards: {dibao.standard.urban: " + "9".repeat(60) + "}\n  household:\n"),
                5, "dibao.standard.urban"));
        h.add(new Hostile("standards override share of 1.5", "c.yaml", dibao("1977-03-01", "1497.00", "张三")
                .replace("  household:\n", "  standards: {dibao.addon.share.minor: 1.5}\n  household:\n"), 5,
                "from 0 to 1"));
        h.add(new Hostile("a case that is a list", "c.yaml", "- [1, 2]\n", 1, "expected a mapping"));
        h.add(new Hostile("UCS-4 byte order", "c.json", "\u0000@\u0000\u0000\u0000\u0000v }", 1, "not valid JSON"));
        h.add(new Hostile("binary garbage", "c.yaml", "\u0000\u0001\u0002", 1, "not valid YAML"));
        return h;
    }

    static Stream<Hostile> files() {
        return all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hostileFile_holdsTheReaderProperty(Hostile h) {
        byte[] content = h.content().getBytes(StandardCharsets.UTF_8);
        PolicyCaseFilesFuzzTest.check(h.file(), content);
        if (h.expect() == null) {
            assertThat(PolicyCaseFiles.read(PROGRAMS, h.file(), new ByteArrayInputStream(content))).hasSize(1);
            return;
        }
        CaseFileException e = catchThrowableOfType(CaseFileException.class,
                () -> PolicyCaseFiles.read(PROGRAMS, h.file(), new ByteArrayInputStream(content)));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).as(e.getMessage())
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(h.line()))
                .anySatisfy(p -> assertThat(p.message()).contains(h.expect()));
    }
}
