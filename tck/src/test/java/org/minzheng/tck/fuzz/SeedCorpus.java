package org.minzheng.tck.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed corpus of {@link PolicyCaseFilesFuzzTest} into {@code src/test/resources}: the reference
 * plugin's case files (from {@code examples}, when present) and every hostile input of
 * {@link HostileCaseFilesTest}. Run: {@code mvn -pl tck -am test -Dtest=SeedCorpus
 * -Dminzheng.fuzz.writeSeeds=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SeedCorpus {

    static final Path FILES = Path.of("src", "test", "resources", "org", "minzheng", "tck", "fuzz",
            "PolicyCaseFilesFuzzTestInputs", "files");
    static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "resources", "minzheng-jiangsu", "cases");

    @Test
    @EnabledIfSystemProperty(named = "minzheng.fuzz.writeSeeds", matches = "true")
    void write() throws IOException {
        Files.createDirectories(FILES);
        if (Files.isDirectory(EXAMPLES)) {
            List<Path> examples;
            try (Stream<Path> list = Files.list(EXAMPLES)) {
                examples = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path example : examples) {
                seed("valid-" + slug(example.getFileName().toString()), 0, Files.readAllBytes(example));
            }
        }
        for (HostileCaseFilesTest.Hostile h : HostileCaseFilesTest.all()) {
            seed("hostile-" + slug(h.name()), h.file().endsWith(".json") ? 1 : 0,
                    h.content().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The largest seed kept: larger inputs (limit tests) stay in the unit tests only. */
    static final int MAX_SEED = 16 * 1024;

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static void seed(String name, int selector, byte[] content) throws IOException {
        if (content.length > MAX_SEED) {
            return; // a long seed would raise libFuzzer's input length for every run; unit tests cover it
        }
        byte[] input = new byte[content.length + 1];
        input[0] = (byte) selector;
        System.arraycopy(content, 0, input, 1, content.length);
        Files.write(FILES.resolve(name), input);
    }
}
