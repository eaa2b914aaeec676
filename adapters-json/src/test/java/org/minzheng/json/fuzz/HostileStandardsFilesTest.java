package org.minzheng.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.json.standards.StandardsFileException;
import org.minzheng.json.standards.StandardsFiles;

/**
 * Hostile standards files (issue 14), each with the line and a fragment its problem must name. Every
 * one must hold the {@linkplain ReaderProperty reader property}. The same files seed the fuzzer.
 */
class HostileStandardsFilesTest {

    @TempDir
    Path tmp;

    /** A hostile file: name (its extension chooses the format), content, line and message fragment (null: valid). */
    record Hostile(String name, String file, String content, int line, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String ENTRY = "provider: p\nvalues:\n  - standard: %s\n    from: %s\n    value: %s\n    source: %s\n";

    static String yaml(String standard, String from, String value, String source) {
        return String.format(ENTRY, standard, from, value, source);
    }

    static List<Hostile> all() {
        List<Hostile> h = new ArrayList<>();
        String urban = "dibao.standard.urban";
        h.add(new Hostile("a valid file", "a.yaml", yaml(urban, "2022-01-01", "803.00", "illustrative"), 0, null));
        h.add(new Hostile("dibao standard of 10^60", "a.yaml", yaml(urban, "2022-01-01", "1" + "0".repeat(60),
                "x"), 5, "outside the valid range"));
        h.add(new Hostile("dibao standard of 10^9 + 1", "a.yaml", yaml(urban, "2022-01-01", "1000000001", "x"), 5,
                "from 0 to 1000000000"));
        h.add(new Hostile("add-on share of 1.5", "a.yaml", yaml("dibao.addon.share.elderly", "2022-01-01", "1.5",
                "x"), 5, "from 0 to 1"));
        h.add(new Hostile("negative share", "a.yaml", yaml("dibao.addon.share.elderly", "2022-01-01", "-0.1", "x"), 5,
                "not valid"));
        h.add(new Hostile("age of 200", "a.yaml", yaml("tekun.age.elderly", "2022-01-01", "200", "x"), 5,
                "from 0 to 150"));
        h.add(new Hostile("multiple of 1000", "a.yaml", yaml("tekun.basic.multiple", "2022-01-01", "1000", "x"), 5,
                "from 0 to 100"));
        h.add(new Hostile("homecare hours of 800 a month", "a.yaml", yaml("homecare.hours.per-month", "2022-01-01",
                "800", "x"), 5, "from 0 to 744"));
        h.add(new Hostile("from 0000-01-01", "a.yaml", yaml(urban, "0000-01-01", "800", "x"), 4, "1949-10-01"));
        h.add(new Hostile("from 2202-01-01", "a.yaml", yaml(urban, "2202-01-01", "800", "x"), 4, "2100-01-01"));
        h.add(new Hostile("until 9999-12-31", "a.yaml", yaml(urban, "2022-01-01", "800", "x")
                + "    until: 9999-12-31\n", 7, "until 9999-12-31 is outside"));
        h.add(new Hostile("from +999999999-12-31", "a.yaml", yaml(urban, "+999999999-12-31", "800", "x"), 4,
                "from"));
        h.add(new Hostile("alias to an anchored text", "a.yaml", "provider: &s p\n" + "values:\n  - standard: " + urban
                + "\n    from: 2022-01-01\n    value: 800\n    source: *s\n", 6, "alias"));
        h.add(new Hostile("undefined alias", "a.yaml", yaml(urban, "2022-01-01", "800", "*nothing"), 6, "alias"));
        h.add(new Hostile("anchored mapping and merge key", "a.yaml", "provider: p\nvalues:\n  - &e\n    standard: "
                + urban + "\n    from: 2022-01-01\n    value: 800\n    source: x\n  - <<: *e\n    from: 2023-01-01\n",
                3, "anchor"));
        h.add(new Hostile("explicit tag", "a.yaml", yaml(urban, "2022-01-01", "!!str 800", "x"), 5, "tag"));
        h.add(new Hostile("NUL in a source (JSON)", "a.json", "{\"provider\":\"p\",\"values\":[{\"standard\":\"" + urban
                + "\",\"from\":\"2022-01-01\",\"value\":800,\"source\":\"a\\u0000b\"}]}", 1, "U+0000"));
        h.add(new Hostile("lone surrogate in a source", "a.json", "{\"provider\":\"p\",\"values\":[{\"standard\":\""
                + urban + "\",\"from\":\"2022-01-01\",\"value\":800,\"source\":\"a\\ud800\"}]}", 1, "surrogate"));
        h.add(new Hostile("line break in a provider", "a.yaml", "provider: \"p\\nq\"\nvalues: []\n", 1,
                "line break"));
        h.add(new Hostile("long provider id", "a.yaml", "provider: " + "p".repeat(300) + "\nvalues: []\n", 1,
                "provider"));
        h.add(new Hostile("malformed provider id", "a.yaml", "provider: Jiang Su!\nvalues: []\n", 1, "malformed"));
        h.add(new Hostile("null document (YAML)", "a.yaml", "null\n", 1, "must hold one object"));
        h.add(new Hostile("null document (JSON)", "a.json", "null", 1, "must hold one object"));
        h.add(new Hostile("empty file", "a.yaml", "", 1, "must hold one object"));
        h.add(new Hostile("no provider", "a.yaml", "values: []\n", 1, "provider is required"));
        h.add(new Hostile("JSON syntax error", "a.json", "{\"provider\": }", 1, "not well-formed"));
        h.add(new Hostile("YAML syntax error on line 3", "a.yaml", "provider: p\nvalues:\n  - [a, b\n  c: {\n", 4,
                "not well-formed"));
        h.add(new Hostile("string over the limit", "a.yaml", yaml(urban, "2022-01-01", "800", "x".repeat(5000)), 6,
                "not well-formed"));
        h.add(new Hostile("number over the limit", "a.json", "{\"provider\":\"p\",\n\"priority\":1" + "0".repeat(80)
                + "}", 2, "not well-formed"));
        h.add(new Hostile("nesting over the limit", "a.json", "{\"provider\":\"p\",\n\"values\":" + "[".repeat(40),
                2, "not well-formed"));
        h.add(new Hostile("long unknown standard", "a.yaml", yaml("x".repeat(300), "2022-01-01", "800", "x"), 3,
                "unknown standard"));
        h.add(new Hostile("long unknown key", "a.yaml", "provider: p\n" + "k".repeat(200) + ": 1\nvalues: []\n", 2,
                "unknown property"));
        h.add(new Hostile("money in exponent notation", "a.yaml", yaml(urban, "2022-01-01", "8.03E2", "x"), 5,
                "not valid"));
        h.add(new Hostile("decimal in exponent notation", "a.yaml", yaml("dibao.addon.share.elderly", "2022-01-01",
                "1E-999999999", "x"), 5, "not valid"));
        h.add(new Hostile("integer of 20 digits", "a.yaml", yaml("tekun.age.elderly", "2022-01-01",
                "99999999999999999999", "x"), 5, "not valid"));
        h.add(new Hostile("YAML tab indentation", "a.yaml", "provider: p\nvalues:\n\t- standard: x\n", 3,
                "not well-formed"));
        h.add(new Hostile("UCS-4 byte order (found by fuzzing)", "a.json", "\u0000@\u0000\u0000\u0000\u0000v }", 1,
                "not well-formed"));
        h.add(new Hostile("duplicate key of tabs (found by fuzzing)", "a.yaml", "provider: p\nvalues: []\nva"
                + "\t".repeat(40) + "x: 1\nva" + "\t".repeat(40) + "x: 2\n", 4, "Duplicate"));
        h.add(new Hostile("binary garbage", "a.yaml", "\u0000\u0001\u0002\uFFFD", 1, "not well-formed"));
        return h;
    }

    static Stream<Hostile> files() {
        return all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hostileFile_holdsTheReaderProperty(Hostile h) throws IOException {
        Path file = tmp.resolve(h.file());
        byte[] content = h.content().getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        StandardsFilesFuzzTest.check(file, content);
        if (h.expect() == null) {
            assertThat(StandardsFiles.loader().load(file)).hasSize(1);
            return;
        }
        StandardsFileException e = catchThrowableOfType(StandardsFileException.class,
                () -> StandardsFiles.loader().load(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).as(e.getMessage())
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(h.line()))
                .anySatisfy(p -> assertThat(p.message()).contains(h.expect()));
    }
}
