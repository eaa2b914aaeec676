package org.minzheng.json.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.TestData;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the seed corpus of the fuzz tests into {@code src/test/resources}: valid documents of each type,
 * the example standards files, and every hostile input of {@link HostileDocumentsTest} and
 * {@link HostileStandardsFilesTest}. Run it after adding a hostile input:
 * {@code mvn -pl adapters-json -am test -Dtest=SeedCorpus -Dminzheng.fuzz.writeSeeds=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Inputs found by fuzzing are kept beside them ({@code found-*}).
 */
class SeedCorpus {

    static final Path RESOURCES = Path.of("src", "test", "resources", "org", "minzheng", "json", "fuzz");

    @Test
    @EnabledIfSystemProperty(named = "minzheng.fuzz.writeSeeds", matches = "true")
    void write() throws IOException {
        JsonMapper mapper = MinzhengJson.mapper();
        Path documents = RESOURCES.resolve("JsonDocumentsFuzzTestInputs").resolve("documents");
        Files.createDirectories(documents);
        seed(documents, "valid-household", index(org.minzheng.core.registry.Household.class),
                mapper.writeValueAsBytes(TestData.household("h1")));
        seed(documents, "valid-person", index(org.minzheng.core.registry.Person.class),
                mapper.writeValueAsBytes(TestData.person("p1", "张三", java.time.LocalDate.of(1970, 1, 1), 1)));
        seed(documents, "valid-case", index(org.minzheng.core.cases.Case.class),
                mapper.writeValueAsBytes(TestData.dibaoCase()));
        seed(documents, "valid-payment", index(org.minzheng.core.cases.Payment.class),
                mapper.writeValueAsBytes(TestData.payment()));
        seed(documents, "valid-care-visit", index(org.minzheng.core.service.ServiceRecord.class),
                mapper.writeValueAsBytes(TestData.careVisit()));
        seed(documents, "valid-income", index(org.minzheng.core.registry.Income.class),
                mapper.writeValueAsBytes(TestData.household("h1").incomes().get(0)));
        seed(documents, "valid-assets", index(org.minzheng.core.registry.Assets.class),
                mapper.writeValueAsBytes(TestData.household("h1").assets()));
        for (HostileDocumentsTest.Hostile h : HostileDocumentsTest.all()) {
            seed(documents, "hostile-" + slug(h.name()), index(h.type()), h.json().getBytes(StandardCharsets.UTF_8));
        }
        Path files = RESOURCES.resolve("StandardsFilesFuzzTestInputs").resolve("files");
        Files.createDirectories(files);
        for (String example : new String[] {"jiangsu-example.yaml", "jiangsu-example-2025.json"}) {
            try (InputStream in = getClass().getResourceAsStream("/org/minzheng/json/standards/" + example)) {
                seed(files, "valid-" + slug(example), example.endsWith(".json") ? 1 : 0, in.readAllBytes());
            }
        }
        for (HostileStandardsFilesTest.Hostile h : HostileStandardsFilesTest.all()) {
            seed(files, "hostile-" + slug(h.name()), h.file().endsWith(".json") ? 1 : 0,
                    h.content().getBytes(StandardCharsets.UTF_8));
        }
    }

    static int index(Class<?> type) {
        int i = JsonDocumentsFuzzTest.TYPES.indexOf(type);
        if (i < 0) {
            throw new IllegalArgumentException("not a fuzzed type: " + type);
        }
        return i;
    }

    /** The largest seed kept: larger inputs (limit tests) stay in the unit tests only. */
    static final int MAX_SEED = 16 * 1024;

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static void seed(Path dir, String name, int selector, byte[] content) throws IOException {
        if (content.length > MAX_SEED) {
            return; // a long seed would raise libFuzzer's input length for every run; unit tests cover it
        }
        byte[] input = new byte[content.length + 1];
        input[0] = (byte) selector;
        System.arraycopy(content, 0, input, 1, content.length);
        Files.write(dir.resolve(name), input);
    }
}
